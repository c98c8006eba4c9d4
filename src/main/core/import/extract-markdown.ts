import { normaliseText } from '../text'
import { parsePartialDate } from './dates'
import { decodeText } from './decode-text'
import { checkFileSize } from './extract-text'
import { splitAuthors, detectTextMetadata } from './text-metadata'
import { ImportError, type DetectedMetadata, type Extractor } from './types'

/**
 * Reads a Markdown file as its Markdown source (what users clip and cite),
 * taking the title from YAML front matter or the first heading, and the
 * other metadata from front matter or the header lines under the title.
 */
export const extractMarkdown: Extractor = async (bytes, context) => {
  checkFileSize(bytes, context)
  const decoded = decodeText(bytes)
  const text = normaliseText(decoded.text)
  if (text.trim() === '') throw new ImportError('the file is empty')
  const { fields, body } = splitFrontMatter(text)
  const fromHeader = detectTextMetadata(plainHeader(body))
  const heading = firstHeading(body)
  const metadata: DetectedMetadata = { ...fromHeader, ...fromFrontMatter(fields) }
  if (!fields.has('title') && heading) metadata.title = heading
  // Front matter is metadata, not part of the document one reads and quotes.
  const document = fields.size > 0 ? body.replace(/^\n+/, '') : text
  if (document.trim() === '') throw new ImportError('the file holds only front matter, no text')
  return { format: 'markdown', text: document, metadata, warnings: [...decoded.warnings] }
}

// Front matter is small; a document that opens with "---" and never closes
// it within this much text is a document that opens with a rule.
const MAX_FRONT_MATTER = 8000

function splitFrontMatter(text: string): { fields: Map<string, string>; body: string } {
  const fields = new Map<string, string>()
  if (!text.startsWith('---\n')) return { fields, body: text }
  const end = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3, MAX_FRONT_MATTER))
  if (!end) return { fields, body: text }
  for (const line of text.slice(4, 3 + end.index).split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line)
    if (m?.[1] && m[2]) fields.set(m[1].toLowerCase(), m[2].replace(/^(["'])(.*)\1$/, '$2'))
  }
  return { fields, body: text.slice(3 + end.index + end[0].length) }
}

// Site generators leave their template's placeholder in "author".
const PLACEHOLDER_AUTHORS = new Set(['author', 'admin', 'unknown', 'anonymous'])

function fromFrontMatter(fields: Map<string, string>): DetectedMetadata {
  const metadata: DetectedMetadata = {}
  const title = fields.get('title')
  if (title) metadata.title = title
  const date = parsePartialDate(fields.get('date') ?? '')
  if (date) metadata.date = date
  const authors = splitAuthors((fields.get('authors') ?? fields.get('author') ?? '').replace(/^\[|\]$/g, ''))
    ?.map((name) => name.replace(/^(["'])(.*)\1$/, '$2'))
    .filter((name) => !PLACEHOLDER_AUTHORS.has(name.toLowerCase()))
  if (authors?.length) metadata.authors = authors
  const language = fields.get('lang') ?? fields.get('language')
  if (language && /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(language)) metadata.language = language.replace(/_/g, '-')
  return metadata
}

/** The first level-1 heading, else the first heading of any level (ATX, even without its space, or setext). */
function firstHeading(body: string): string | undefined {
  const heading =
    /^#(?!#)[ \t]*(\S.*?)[ \t#]*$/m.exec(body)?.[1] ??
    /^#{2,6}[ \t]*(\S.*?)[ \t#]*$/m.exec(body)?.[1] ??
    /^(\S.*)\n=+[ \t]*$/m.exec(body)?.[1]
  return heading ? stripInline(heading).trim() || undefined : undefined
}

function stripInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(?<![\p{L}\p{N}*_])(\*\*|__|\*|_)(\S(?:.*?\S)?)\1(?![\p{L}\p{N}*_])/gu, '$2')
    .replace(/\s+/g, ' ')
}

/** The first lines with Markdown and stray HTML taken off, so header detection sees the words. */
function plainHeader(body: string): string {
  return body
    .slice(0, 20_000)
    .split('\n')
    .map((line) => (/^\s*<[^>]+>\s*$/.test(line) ? '' : stripInline(line.replace(/^\s{0,3}(?:#{1,6}|>)\s*/, ''))))
    .join('\n')
}
