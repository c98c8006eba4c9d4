import { foldText } from './text-find'

/*
 * Fuzzy matching for the command palette: every character of the query must
 * appear in order in the text ("imfi" finds "Import files…"). Matches at the
 * start of words and runs of consecutive characters score higher, so the
 * command a user means comes first. Folding ignores case and diacritics.
 */

export interface FuzzyMatch {
  score: number
  /** Offsets in the text of the matched characters, for highlighting. */
  positions: number[]
}

const WORD_START = 8
const CONSECUTIVE = 5
const FIRST_CHAR = 4

function isWordStart(text: string, i: number): boolean {
  if (i === 0) return true
  return /[\s\-_/:(—–·,.]/.test(text[i - 1] as string)
}

/** How well `query` matches `text`, or null when it does not; an empty query matches everything equally. */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const q = foldText(query.replace(/\s+/g, ''))
  if (q === '') return { score: 0, positions: [] }
  const t = foldText(text)
  const positions: number[] = []
  let score = 0
  let from = 0
  for (const ch of q) {
    // Prefer the next occurrence that starts a word; else the next one at all.
    let at = -1
    for (let i = t.indexOf(ch, from); i !== -1; i = t.indexOf(ch, i + 1)) {
      if (at === -1) at = i
      if (isWordStart(text, i)) {
        // Jumping to a word start is worth it unless it breaks a consecutive run.
        if (positions.at(-1) !== at - 1) at = i
        break
      }
    }
    if (at === -1) return null
    if (isWordStart(text, at)) score += WORD_START
    if (positions.at(-1) === at - 1) score += CONSECUTIVE
    if (at === 0) score += FIRST_CHAR
    score -= Math.min(at - from, 10) * 0.1
    positions.push(at)
    from = at + 1
  }
  // Shorter texts are more specific for the same characters.
  return { score: score - text.length * 0.01, positions }
}

/** The items matching `query`, best first; ties keep the given order. */
export function fuzzyFilter<T>(items: readonly T[], query: string, text: (item: T) => string): Array<{ item: T; match: FuzzyMatch }> {
  const scored = items.flatMap((item, order) => {
    const match = fuzzyMatch(query, text(item))
    return match ? [{ item, match, order }] : []
  })
  scored.sort((a, b) => b.match.score - a.match.score || a.order - b.order)
  return scored.map(({ item, match }) => ({ item, match }))
}
