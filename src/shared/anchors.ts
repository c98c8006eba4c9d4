/**
 * Offsets into a source's stored text count UTF-16 code units, the unit of
 * JavaScript string indices and DOM ranges, so the reader and the store
 * agree without conversion.
 */
export const OFFSET_UNIT = 'utf16-code-unit' as const

/** Characters of context kept on each side of a quote to find it again. */
export const CONTEXT_LENGTH = 32

export interface Anchor {
  start: number
  end: number
  quote: string
  prefix: string
  suffix: string
}

/** Builds the anchor of text[start, end); throws when the range is not inside the text. */
export function makeAnchor(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`range ${start}..${end} is outside a text of length ${text.length}`)
  }
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  }
}

/** True when the stored quote still sits at its offsets in the text. */
export function anchorHolds(text: string, anchor: Pick<Anchor, 'start' | 'end' | 'quote'>): boolean {
  return text.slice(anchor.start, anchor.end) === anchor.quote
}

/** Where a clipping's quote sits in a new text, or why it cannot be found. */
export type Reanchored = { status: 'kept' | 'moved'; anchor: Anchor } | { status: 'orphan'; reason: string }

function sharedSuffixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

function sharedPrefixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/**
 * Finds a clipping again after its source's text was re-extracted: at its old
 * offsets if the quote is still there, else at the occurrence of the exact
 * quote whose surrounding context matches best (ties: nearest the old place).
 * Failing that, spaces are compared as spaces whatever their kind: an
 * extractor may come to keep the no-break spaces it once wrote as plain ones
 * (or the other way round), and the clipping then takes the new text's
 * spaces. A quote that no longer occurs is an orphan: reported, never dropped.
 */
export function reanchor(text: string, anchor: Anchor): Reanchored {
  if (anchorHolds(text, anchor)) return { status: 'kept', anchor: makeAnchor(text, anchor.start, anchor.end) }
  const start = bestOccurrence(text, anchor) ?? bestOccurrence(spacesFolded(text), foldAnchorSpaces(anchor))
  if (start === null) return { status: 'orphan', reason: 'the quoted text no longer occurs in the source' }
  return { status: 'moved', anchor: makeAnchor(text, start, start + anchor.quote.length) }
}

function bestOccurrence(text: string, anchor: Anchor): number | null {
  let best: { start: number; score: number; distance: number } | null = null
  for (let at = text.indexOf(anchor.quote); at >= 0; at = text.indexOf(anchor.quote, at + 1)) {
    const prefix = text.slice(Math.max(0, at - CONTEXT_LENGTH), at)
    const suffix = text.slice(at + anchor.quote.length, at + anchor.quote.length + CONTEXT_LENGTH)
    const score = sharedSuffixLength(prefix, anchor.prefix) + sharedPrefixLength(suffix, anchor.suffix)
    const distance = Math.abs(at - anchor.start)
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance }
  }
  return best?.start ?? null
}

// Every space separator is one UTF-16 unit, so folding keeps every offset.
const foldSpaces = (s: string) => s.replace(/\p{Zs}/gu, ' ')
const foldAnchorSpaces = (a: Anchor): Anchor => ({ ...a, quote: foldSpaces(a.quote), prefix: foldSpaces(a.prefix), suffix: foldSpaces(a.suffix) })

// A re-extraction finds all of a source's clippings in one new text: it is folded once, not once per clipping.
let lastFolded = { text: '', folded: '' }
function spacesFolded(text: string): string {
  if (lastFolded.text !== text) lastFolded = { text, folded: foldSpaces(text) }
  return lastFolded.folded
}
