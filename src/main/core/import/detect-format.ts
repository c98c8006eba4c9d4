import { sniffText } from './decode-text'
import type { ImportFormat } from './types'
import { listZipEntryNames } from './zip-inspect'

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1')
const ZIP_LOCAL_HEADER = 0x04034b50
const DOCX_MAIN_PART = 'word/document.xml'

// Comments, an XML declaration or a doctype may come before the first tag.
const HTML_START = /^(?:<!--[\s\S]*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html|head|body)[\s>/]/i
const HTML_EXTENSIONS = /\.(?:html?|xhtml)$/i
const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd)$/i
const DOCX_EXTENSION = /\.docx$/i

/**
 * Tells what a file is from its content first and its name second: PDF and
 * DOCX by their signatures, HTML by its opening tags (even in a .txt),
 * Markdown by extension or unmistakable syntax, else plain text. Returns null
 * for anything else (binary data, archives that are not Word documents).
 */
export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // Some PDF writers put a few bytes of junk before the header, which readers accept.
  if (buffer.subarray(0, 1024).includes(PDF_MAGIC)) return 'pdf'
  if (buffer.length >= 4 && buffer.readUInt32LE(0) === ZIP_LOCAL_HEADER) {
    const names = listZipEntryNames(bytes)
    // A damaged or unsupported zip named .docx goes to the DOCX reader, which can say what is wrong with it.
    if (names === null) return DOCX_EXTENSION.test(fileName) ? 'docx' : null
    return names.includes(DOCX_MAIN_PART) ? 'docx' : null
  }
  const head = sniffText(bytes)
  if (head === undefined) return null
  if (HTML_START.test(head.replace(/^\uFEFF/, '').trimStart().slice(0, 1024))) return 'html'
  if (HTML_EXTENSIONS.test(fileName)) return 'html'
  if (MARKDOWN_EXTENSIONS.test(fileName) || looksLikeMarkdown(head)) return 'markdown'
  return 'text'
}

// A plain text rarely has two of these; Markdown notes nearly always do.
const MARKDOWN_SIGNALS: readonly RegExp[] = [
  /^#{1,6}\s+\S/m, // ATX heading
  /^(?:```|~~~)/m, // fenced code
  /\[[^\]\n]+\]\([^)\s]+\)/, // inline link
  /^\S.*\n(?:={3,}|-{3,})[ \t]*$/m, // setext heading
  /(?:\*\*|__)[\p{L}\p{N}][^*_\n]*?[\p{L}\p{N}.!?)](?:\*\*|__)/u, // strong emphasis
  /^\s{0,3}>\s/m, // block quote
]

function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_SIGNALS.filter((signal) => signal.test(text)).length >= 2
}
