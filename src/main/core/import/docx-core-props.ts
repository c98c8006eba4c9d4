import { partialDateFromParts } from './dates'
import type { DetectedMetadata } from './types'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** The text of the first element with this local name, whatever namespace prefix the writer chose. */
function element(xml: string, localName: string): string | undefined {
  const match = new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>([^<]*)</(?:[\\w.-]+:)?${localName}>`).exec(xml)
  const text = match?.[1] !== undefined ? unescapeXml(match[1]).replace(/\s+/g, ' ').trim() : ''
  return text === '' ? undefined : text
}

/** "2022-06-30T21:57:00Z" (W3CDTF) -> "2022-06-30"; also "2022" and "2022-06". */
export function w3cdtfToPartialDate(value: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim())
  return match ? partialDateFromParts(match[1]!, match[2], match[3]) : undefined
}

/**
 * Metadata from docProps/core.xml. The creation date is preferred to the
 * modification date: re-saving a downloaded copy changes the latter.
 */
export function parseCoreProperties(xml: string): DetectedMetadata {
  const metadata: DetectedMetadata = {}
  const title = element(xml, 'title')
  const creator = element(xml, 'creator')
  const date = element(xml, 'created') ?? element(xml, 'modified')
  const language = element(xml, 'language')
  if (title) metadata.title = title
  if (creator) metadata.authors = creator.split(';').map((name) => name.trim()).filter(Boolean)
  const partial = date ? w3cdtfToPartialDate(date) : undefined
  if (partial) metadata.date = partial
  if (language && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(language)) metadata.language = language
  return metadata
}
