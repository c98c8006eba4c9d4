import { isWordBoundary, tokenize } from './tokenize'
import type { Snippet } from './types'

/** Snippet length in UTF-16 units, ellipses aside. */
const SNIPPET_WIDTH = 160
/** Tokens within which matches of different clauses count as near each other. */
const WINDOW = 24
/** How far a cut may move to reach a word boundary before it gives up and cuts a long word. */
const MAX_SHIFT = 24

/** One occurrence of a clause in a document, by token position. */
export interface Occurrence {
  pos: number
  /** Tokens covered (a phrase covers several). */
  len: number
  clause: number
}

/**
 * The best stretch of matches: the window of WINDOW tokens holding the most
 * distinct clauses, then the one where they sit closest together, then the
 * earliest. Returns the first and last token positions of its matches.
 */
export function bestWindow(occurrences: Occurrence[]): { from: number; to: number } | undefined {
  const occ = [...occurrences].sort((a, b) => a.pos - b.pos)
  let best: { from: number; to: number; distinct: number } | undefined
  for (let i = 0; i < occ.length; i++) {
    const head = occ[i] as Occurrence
    let mask = 0
    let to = head.pos + head.len - 1
    for (let j = i; j < occ.length && (occ[j] as Occurrence).pos < head.pos + WINDOW; j++) {
      const o = occ[j] as Occurrence
      const bit = 1 << o.clause
      if ((mask & bit) === 0) {
        mask |= bit
        to = Math.max(to, o.pos + o.len - 1)
      }
    }
    const distinct = popcount(mask)
    if (!best || distinct > best.distinct || (distinct === best.distinct && to - head.pos < best.to - best.from)) {
      best = { from: head.pos, to, distinct }
    }
  }
  return best && { from: best.from, to: best.to }
}

function popcount(x: number): number {
  let n = 0
  for (let v = x >>> 0; v !== 0; v &= v - 1) n++
  return n
}

/** What to highlight: terms (any of them) or a phrase (all, in order). */
export interface HighlightClause {
  terms: string[]
  phrase: boolean
}

/**
 * About SNIPPET_WIDTH characters of text around [matchStart, matchEnd), cut
 * at word boundaries, whitespace collapsed, with an ellipsis where text was
 * left out, and the clauses' matches highlighted.
 */
export function makeSnippet(text: string, matchStart: number, matchEnd: number, clauses: HighlightClause[]): Snippet {
  const span = matchEnd - matchStart
  let start: number
  let end: number
  if (span >= SNIPPET_WIDTH) {
    start = matchStart
    end = matchStart + SNIPPET_WIDTH
  } else {
    // A third of the slack before the match reads more naturally than centring it.
    start = Math.max(0, matchStart - Math.floor((SNIPPET_WIDTH - span) / 3))
    end = Math.min(text.length, start + SNIPPET_WIDTH)
    start = Math.max(0, Math.min(start, end - SNIPPET_WIDTH))
  }
  start = shiftToBoundary(text, start, 1, matchStart)
  end = shiftToBoundary(text, end, -1, Math.max(matchEnd, start + 1))
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim()
  const snippet = `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`
  return { text: snippet, highlights: highlight(snippet, clauses) }
}

function shiftToBoundary(text: string, at: number, step: 1 | -1, limit: number): number {
  for (let i = at, moved = 0; moved <= MAX_SHIFT; i += step, moved++) {
    if (step > 0 ? i > limit : i < limit) break
    if (isWordBoundary(text, i)) return i
  }
  // No boundary near: cut the long word, but never between the halves of a surrogate pair.
  const c = text.charCodeAt(at)
  return c >= 0xdc00 && c <= 0xdfff ? at + step : at
}

/** Highlight ranges for the clauses' matches in text, sorted and merged. */
function highlight(text: string, clauses: HighlightClause[]): [number, number][] {
  const tokens = tokenize(text)
  const ranges: [number, number][] = []
  const single = new Set<string>()
  for (const c of clauses) if (!c.phrase) for (const t of c.terms) single.add(t)
  const phrases = clauses.filter((c) => c.phrase)
  tokens.forEach((tok, k) => {
    if (single.has(tok.term)) ranges.push([tok.start, tok.end])
    for (const { terms } of phrases) {
      const last = tokens[k + terms.length - 1]
      if (last && terms.every((t, i) => tokens[k + i]?.term === t)) ranges.push([tok.start, last.end])
    }
  })
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: [number, number][] = []
  for (const r of ranges) {
    const prev = merged[merged.length - 1]
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}
