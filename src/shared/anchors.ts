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
