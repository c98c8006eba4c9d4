import { normaliseText } from '../text'
import { decodeText } from './decode-text'
import { detectTextMetadata } from './text-metadata'
import { ImportError, type ExtractContext, type Extractor } from './types'

/**
 * Reads a plain-text file as written. The one exception is text whose lines
 * were exploded to one word each (justified lines of a PDF run through a
 * text extractor): its lines are joined back into paragraphs, with a warning.
 */
export const extractText: Extractor = async (bytes, context) => {
  checkFileSize(bytes, context)
  const decoded = decodeText(bytes)
  let text = normaliseText(decoded.text)
  if (text.trim() === '') throw new ImportError('the file is empty')
  const warnings = [...decoded.warnings]
  if (hasWordPerLineArtefact(text)) {
    text = normaliseText(reflowParagraphs(text))
    warnings.push('many lines held a single word (left over from a PDF conversion); lines were joined into paragraphs')
  }
  return { format: 'text', text, metadata: detectTextMetadata(text), warnings }
}

/** Refuses a file over the size budget before any work is spent on it. */
export function checkFileSize(bytes: Uint8Array, context: ExtractContext): void {
  const limit = context.limits.maxFileBytes
  if (bytes.length > limit) {
    throw new ImportError(`it is ${megabytes(bytes.length)} MB, over the ${megabytes(limit)} MB limit for one file`)
  }
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1)
}

// Thresholds measured on the corpus: the exploded Kazakh decree has 58 % one-word
// lines and 26 % long ones; ordinary prose has almost no one-word lines, and
// word lists (one term a line) have no long lines.
const MIN_SINGLE_WORD_LINES = 20
const MIN_SINGLE_WORD_SHARE = 0.3
const MIN_LONG_LINE_SHARE = 0.1
const LONG_LINE = 50

function hasWordPerLineArtefact(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '')
  const single = lines.filter((line) => !/\s/.test(line)).length
  const long = lines.filter((line) => line.length >= LONG_LINE).length
  return (
    single >= MIN_SINGLE_WORD_LINES && single >= MIN_SINGLE_WORD_SHARE * lines.length && long >= MIN_LONG_LINE_SHARE * lines.length
  )
}

// A paragraph ends at a blank line, or where a line closes a sentence and
// the next opens one (capital, number, list marker, quotation mark).
const SENTENCE_END = /[.!?:;]$/
const SENTENCE_START = /^(?:\p{Lu}|\d|[-–—•*«"“(])/u

function reflowParagraphs(text: string): string {
  const paragraphs: string[] = []
  let current = ''
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || (SENTENCE_END.test(current) && SENTENCE_START.test(line))) {
      if (current) paragraphs.push(current)
      current = line
    } else if (!current) {
      current = line
    } else {
      // "Премьер-" + "Министра": a hyphen at the end of a line is kept, without a space.
      current += /\p{L}-$/u.test(current) ? line : ` ${line}`
    }
  }
  if (current) paragraphs.push(current)
  return paragraphs.join('\n\n')
}
