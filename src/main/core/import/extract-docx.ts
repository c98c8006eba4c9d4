import mammoth from 'mammoth'
import { parseCoreProperties } from './docx-core-props'
import { docxHtmlToText } from './docx-html-text'
import { normaliseText } from '../text'
import { firstLineTitle } from './extracted-text'
import { ImportError, type DetectedMetadata, type Extractor } from './types'
import { assertSafeZip, type ZipEntry } from './zip-inspect'
import { assertInflatedSizes, readZipEntry } from './zip-read'

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
/** core.xml is a few hundred bytes; anything far larger is not a real one. */
const MAX_CORE_XML_BYTES = 256 * 1024

// Images are never shown, so mammoth must not read or base64-encode them.
const skipImages = mammoth.images.imgElement(async () => ({ src: '' }))

function metadataFrom(bytes: Uint8Array, entries: readonly ZipEntry[]): DetectedMetadata {
  const core = entries.find((entry) => entry.name === 'docProps/core.xml')
  if (!core || core.uncompressedSize > MAX_CORE_XML_BYTES) return {}
  try {
    return parseCoreProperties(readZipEntry(bytes, core, MAX_CORE_XML_BYTES).toString('utf8'))
  } catch {
    // Metadata is a convenience: a damaged core.xml must not stop the import of the text.
    return {}
  }
}

/**
 * Extracts a DOCX: zip-bomb checks on the directory and then on the actual
 * inflated sizes, then mammoth (images skipped, no access to linked files),
 * then plain paragraphs (see docxHtmlToText) and core.xml metadata.
 */
export const extractDocx: Extractor = async (bytes, context) => {
  if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    throw new ImportError(
      'this is not a DOCX file: it is an old Word (.doc) file or a password-protected document; save it as .docx without a password and import it again',
    )
  }
  const entries = assertSafeZip(bytes, context.limits)
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ImportError('this zip archive is not a Word document (it has no word/document.xml)')
  }
  await assertInflatedSizes(bytes, entries)

  let html: string
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const result = await mammoth.convertToHtml({ buffer }, { convertImage: skipImages, externalFileAccess: false })
    html = result.value
  } catch (error) {
    throw new ImportError(`the DOCX file is damaged: ${error instanceof Error ? error.message : String(error)}`)
  }
  const { text: raw, firstHeading } = docxHtmlToText(html)
  const text = normaliseText(raw)
  if (text.trim() === '') throw new ImportError('the DOCX file holds no text (it may contain only images)')

  const metadata = metadataFrom(bytes, entries)
  metadata.title ??= firstHeading ?? firstLineTitle(text)
  return { format: 'docx', text, metadata, warnings: [] }
}
