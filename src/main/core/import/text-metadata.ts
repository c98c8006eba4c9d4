import { parsePartialDate } from './dates'
import { detectLanguage } from './detect-language'
import type { DetectedMetadata } from './types'

// An article's header (credit, title, standfirst, byline, date) sits in its
// first few lines; dates and "by" lines further down belong to the body or
// to reader comments and must not be taken for the article's own.
const HEADER_LINES = 15
const MAX_HEADER_LINE = 300
const FALLBACK_TITLE = 120

const CREDIT = /^(?:source|photo|image|picture|photograph|illustration|credit)s?(?:\s+credit)?\s*:/i
const TIME = /^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i
const DATE_LABEL = /^(?:published|posted|updated|last updated|date|dated)(?:\s+on)?\s*:?\s+/i
const EDITORS_NOTE = /^editor['’]s note\b/i
const BYLINE = /^by\s+(.+)$/i
const SPECIAL_TO = /\s+[-–—]\s+special to\s+(.+)$/i

/**
 * Reads title, authors, date, publisher and language from the header lines
 * of a plain-text article: photo credits and times are skipped, a repeated
 * title is recognised, "by X and Y" gives the authors, "Published on ..."
 * or a date line gives the date. A text without a header gets its first
 * sentence, shortened on a word boundary, as title.
 */
export function detectTextMetadata(text: string): DetectedMetadata {
  const metadata: DetectedMetadata = {}
  let titleLine: string | undefined
  let standfirstSeen = false
  for (const line of headerLines(text)) {
    if (CREDIT.test(line) || TIME.test(line) || EDITORS_NOTE.test(line)) continue
    const date = parsePartialDate(line) ?? parsePartialDate(line.replace(DATE_LABEL, ''))
    if (date) {
      metadata.date ??= date
      continue
    }
    const byline = BYLINE.exec(line)?.[1]
    const authors = byline ? splitAuthors(byline.replace(SPECIAL_TO, '')) : undefined
    if (byline && authors?.every(looksLikeName)) {
      metadata.authors ??= authors
      const special = SPECIAL_TO.exec(byline)?.[1]
      if (special) metadata.publisher ??= special.trim()
      continue
    }
    if (line.length > MAX_HEADER_LINE) break
    if (titleLine === undefined) {
      titleLine = line
      metadata.title = shorten(line)
    } else if (line !== titleLine) {
      // The line after the title is a standfirst; the next ordinary line is the body.
      if (standfirstSeen) break
      standfirstSeen = true
    }
  }
  metadata.title ??= fallbackTitle(text)
  const language = detectLanguage(text)
  if (language) metadata.language = language
  return metadata
}

function headerLines(text: string): string[] {
  const lines: string[] = []
  for (const raw of text.slice(0, 20_000).split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim()
    // Rules and ornaments ("----", "* * *") are neither titles nor the body.
    if (/[\p{L}\p{N}]/u.test(line)) lines.push(line)
    if (lines.length === HEADER_LINES) break
  }
  return lines
}

/** "Adam Segal, Matthew Waxman and Jane Doe" -> three names. */
export function splitAuthors(names: string): string[] | undefined {
  const authors = names
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name.length <= 200)
    .slice(0, 50)
  return authors.length > 0 ? authors : undefined
}

// "By the end of 2011, ..." opens a sentence, not a byline.
function looksLikeName(name: string): boolean {
  return name.length <= 80 && name.split(' ').length <= 6 && /^\p{Lu}/u.test(name)
}

function fallbackTitle(text: string): string | undefined {
  // A text of nothing but punctuation still gets its first line: a title is never empty.
  const firstLine =
    headerLines(text).find((line) => !CREDIT.test(line)) ?? text.trim().split('\n')[0]?.replace(/\s+/g, ' ').trim()
  if (!firstLine) return undefined
  const sentence = /^.+?[.!?](?=\s+\p{Lu}|$)/u.exec(firstLine)?.[0] ?? firstLine
  return shorten(sentence)
}

/** Cuts a line to about FALLBACK_TITLE characters on a word boundary. */
function shorten(line: string): string {
  if (line.length <= FALLBACK_TITLE) return line
  const cut = line.slice(0, FALLBACK_TITLE + 1)
  const space = cut.lastIndexOf(' ')
  // Scripts written without spaces (Chinese, Japanese) are cut where the limit falls.
  const head = space > FALLBACK_TITLE / 2 ? cut.slice(0, space) : cut.slice(0, FALLBACK_TITLE)
  return `${head.replace(/[\s,;:–—-]+$/, '')}…`
}
