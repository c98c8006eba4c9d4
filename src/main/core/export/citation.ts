import type { Clipping, Source } from '../../../shared/model'
import { escapeMarkdown } from './markdown-escape'

/** The page of a PDF source on which a clipping starts, from the source's page offsets. */
export function pageOf(source: Source, clipping: Clipping): number | undefined {
  if (clipping.page) return clipping.page
  if (!source.pages || source.pages.length === 0) return undefined
  let page = 0
  while (page + 1 < source.pages.length && (source.pages[page + 1] as number) <= clipping.start) page++
  return page + 1
}

function authorList(authors: readonly string[]): string {
  if (authors.length <= 2) return authors.join(' and ')
  return `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`
}

/** "M. Okafor, *Title*, Publisher, 2024-03, URL, p. 4" in Markdown: every part the source has, in citation order. */
export function citeSource(source: Source, page?: number): string {
  const parts = [
    source.authors.length > 0 ? escapeMarkdown(authorList(source.authors)) : '',
    `*${escapeMarkdown(source.title)}*`,
    escapeMarkdown(source.publisher),
    source.date,
    source.url ? `<${source.url}>` : '',
    page ? `p. ${page}` : '',
  ]
  return parts.filter((p) => p !== '').join(', ')
}
