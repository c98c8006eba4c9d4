const MAX_TITLE = 200
const hasWords = (line: string): boolean => (line.match(/\p{L}/gu) ?? []).length >= 3

/**
 * A title for a document whose metadata has none: its first line that holds
 * words (page numbers and stray marks are skipped); a line longer than a
 * title is cut at a word boundary.
 */
export function firstLineTitle(text: string): string | undefined {
  const line = text.split('\n', 50).find(hasWords)
  if (line === undefined) return undefined
  const title = line.replace(/^[-•\s]+/, '').replace(/\s+/g, ' ').trim()
  if (title.length <= MAX_TITLE) return title
  const cut = title.slice(0, MAX_TITLE)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_TITLE).trimEnd()}…`
}
