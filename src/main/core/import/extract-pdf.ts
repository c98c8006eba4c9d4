import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { DocumentInitParameters, TextItem } from 'pdfjs-dist/types/src/display/api'
import { normaliseText } from '../text'
import { firstLineTitle } from './extracted-text'
import { GARBLE_SAMPLE, looksGarbled } from './garbled-text'
import { keepingBuiltins } from './keep-builtins'
import { metadataFromPdfInfo } from './pdf-metadata'
import { pageText } from './pdf-layout'
import { ImportError, type Extractor } from './types'

const localRequire = createRequire(import.meta.url)
const pdfjsRoot = path.dirname(localRequire.resolve('pdfjs-dist/package.json'))

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfjs: Promise<Pdfjs> | undefined

/**
 * The legacy build runs in plain Node, where pdf.js uses its in-thread "fake
 * worker". Its worker module is loaded here, beside the display one, and
 * handed over as globalThis.pdfjsWorker: then pdf.js imports nothing on its
 * own (no guessed URL, no Worker global), and both bundles' polyfills are
 * installed before keepingBuiltins restores the engine's methods.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= keepingBuiltins(async () => {
    const workerUrl = pathToFileURL(localRequire.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href
    const [display, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import(workerUrl) as Promise<unknown>])
    Object.assign(globalThis, { pdfjsWorker: worker })
    return display
  })
  return pdfjs
}

/**
 * The options every PDF is opened with. isEvalSupported must stay false
 * (CVE-2024-4367: a crafted FontMatrix ran script through eval'd glyph code).
 * No font faces, no system fonts, no wasm, no network: character maps and
 * standard-font data are read from pdfjs-dist's own folders.
 */
export function pdfjsOptions(data: Uint8Array): DocumentInitParameters {
  return {
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    verbosity: 0,
    // pdf.js insists on a trailing "/" (also on Windows, where fs accepts the mixed separators).
    cMapUrl: `${path.join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(pdfjsRoot, 'standard_fonts')}/`,
  }
}

function importErrorFrom(error: unknown): ImportError {
  if (error instanceof ImportError) return error
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') {
    return new ImportError('the PDF is password-protected; remove the password and import it again')
  }
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '')
  return new ImportError(`the PDF is damaged: ${detail.charAt(0).toLowerCase()}${detail.slice(1) || 'it cannot be read'}`)
}

const isTextItem = (item: object): item is TextItem => 'str' in item

/**
 * Extracts a PDF's text layer page by page. Pages are separated by a blank
 * line and `pages` holds each page's start offset in the normalised text.
 * Past limits.maxPages the rest is skipped with a warning rather than
 * refused: the user keeps what was read and is told what was not.
 */
export const extractPdf: Extractor = async (bytes, context) => {
  const { getDocument } = await loadPdfjs()
  // pdf.js transfers (detaches) the buffer it is given; the caller keeps its bytes. A copy into a plain
  // Uint8Array also because pdf.js refuses a Node Buffer, whose slice() would not even copy.
  const task = getDocument(pdfjsOptions(new Uint8Array(bytes)))
  try {
    const document = await task.promise
    const pageCount = Math.min(document.numPages, context.limits.maxPages)
    const texts: string[] = []
    let sample = ''
    for (let number = 1; number <= pageCount; number++) {
      const page = await document.getPage(number)
      const items = (await page.getTextContent()).items.filter(isTextItem)
      page.cleanup()
      if (sample.length < GARBLE_SAMPLE) sample += items.map((item) => item.str).join('')
      texts.push(normaliseText(pageText(items)))
    }

    const empty = texts.filter((text) => text.trim() === '').length
    if (empty === pageCount) {
      throw new ImportError('scanned, no text layer: this PDF holds only images; run OCR on it first')
    }
    const warnings: string[] = []
    if (document.numPages > pageCount) {
      warnings.push(`only the first ${pageCount} of ${document.numPages} pages were imported (the page limit is ${pageCount})`)
    }
    if (empty > 0) warnings.push(`${empty} of ${pageCount} pages had no text`)
    if (looksGarbled(sample)) warnings.push("the PDF's text layer looks garbled (fonts without a proper Unicode map)")

    const pages: number[] = []
    let offset = 0
    for (const text of texts) {
      pages.push(offset)
      offset += text.length + 2
    }
    const text = texts.join('\n\n')
    const { info, metadata: xmp } = await document.getMetadata()
    const metadata = metadataFromPdfInfo(info as Record<string, unknown>, xmp?.get('dc:title'))
    metadata.title ??= firstLineTitle(text)
    return { format: 'pdf', text, pages, metadata, warnings }
  } catch (error) {
    throw importErrorFrom(error)
  } finally {
    await task.destroy()
  }
}
