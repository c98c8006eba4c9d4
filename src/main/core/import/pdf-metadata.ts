import { partialDateFromParts } from './dates'
import type { DetectedMetadata } from './types'

/** "D:20240328153000+01'00'" (PDF date) -> "2024-03-28"; keeps only what is present and valid. */
export function pdfDateToPartialDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim())
  return match ? partialDateFromParts(match[1]!, match[2], match[3]) : undefined
}

function cleanString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.replace(/\s+/g, ' ').trim()
  return text === '' ? undefined : text
}

/**
 * Titles left by the producing tool rather than the author: "Microsoft Word -
 * report.docx", a bare file name, a lone underscore. Strip what can be
 * salvaged; refuse what has fewer than three letters.
 */
function cleanTitle(value: unknown): string | undefined {
  const title = cleanString(value)
    ?.replace(/^Microsoft (?:Word|PowerPoint|Excel) - /i, '')
    .replace(/\.(?:docx?|pptx?|xlsx?|pdf|indd|odt|rtf|txt)$/i, '')
    .trim()
  if (!title || (title.match(/\p{L}/gu) ?? []).length < 3) return undefined
  return title
}

/**
 * Metadata from a PDF's Info dictionary, as pdf.js returns it from
 * getMetadata(); the XMP title stands in when the Info title is missing or junk.
 */
export function metadataFromPdfInfo(info: Record<string, unknown>, xmpTitle?: unknown): DetectedMetadata {
  const metadata: DetectedMetadata = {}
  const title = cleanTitle(info.Title) ?? cleanTitle(xmpTitle)
  const author = cleanString(info.Author)
  const date = pdfDateToPartialDate(info.CreationDate) ?? pdfDateToPartialDate(info.ModDate)
  const language = cleanString(info.Language)
  if (title) metadata.title = title
  if (author) metadata.authors = author.split(';').map((name) => name.trim()).filter(Boolean)
  if (date) metadata.date = date
  if (language && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(language)) metadata.language = language
  return metadata
}
