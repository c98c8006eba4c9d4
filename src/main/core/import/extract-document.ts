import { detectFormat } from './detect-format'
import { extractDocx } from './extract-docx'
import { extractHtml } from './extract-html'
import { extractMarkdown } from './extract-markdown'
import { extractPdf } from './extract-pdf'
import { extractText } from './extract-text'
import { ImportError, type ExtractContext, type ExtractedDocument, type Extractor, type ImportFormat } from './types'

/** The extractor of each format, by the name detection gives it. */
export const extractors: Record<ImportFormat, Extractor> = {
  text: extractText,
  markdown: extractMarkdown,
  html: extractHtml,
  pdf: extractPdf,
  docx: extractDocx,
}

/** Detects a file's format from its bytes (and name) and extracts it. */
export async function extractDocument(bytes: Uint8Array, context: ExtractContext): Promise<ExtractedDocument> {
  if (bytes.length > context.limits.maxFileBytes) {
    throw new ImportError(`the file is larger than the import limit of ${Math.round(context.limits.maxFileBytes / 1024 / 1024)} MB`)
  }
  const format = detectFormat(bytes, context.fileName)
  if (!format) {
    throw new ImportError(
      'it is not a document Clausewright can read (binary data); import text, Markdown, HTML, PDF or Word (.docx) files',
    )
  }
  return extractors[format](bytes, context)
}
