import type { Clipping, Tag } from '../../../../shared/model'
import { blockAt, type Block } from './text-blocks'

/** A clipping as the reader draws it: its span, its colour and how it is described. */
export interface Highlight {
  id: string
  start: number
  end: number
  /** The first tag's colour, or a neutral grey for an untagged clipping. */
  colour: string
  /** "Positive obligation, Critical infrastructure: “Each State…”", for tooltips and screen readers. */
  label: string
}

const UNTAGGED = '#8a94a3'
const QUOTE_CHARS = 60

function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim()
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat
}

/** The clippings of a source as highlights, sorted by start. */
export function toHighlights(clippings: readonly Clipping[], tagsById: ReadonlyMap<string, Tag>): Highlight[] {
  return clippings
    .map((c) => {
      const names = c.tags.map((id) => tagsById.get(id)?.name ?? 'unknown tag')
      return {
        id: c.id,
        start: c.start,
        end: c.end,
        colour: (c.tags[0] !== undefined ? tagsById.get(c.tags[0])?.colour : undefined) ?? UNTAGGED,
        label: `${names.length > 0 ? names.join(', ') : 'No tags'}: “${shortQuote(c.quote)}”`,
      }
    })
    .sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * The highlights overlapping each paragraph, keyed by the paragraph's start.
 * Built once per change of the clippings, so rendering a window of
 * paragraphs only looks its own up.
 */
export function highlightsByParagraph(blocks: readonly Block[], highlights: readonly Highlight[]): Map<number, Highlight[]> {
  const map = new Map<number, Highlight[]>()
  if (blocks.length === 0) return map
  for (const h of highlights) {
    for (let i = blockAt(blocks, h.start); i < blocks.length; i++) {
      const block = blocks[i] as Block
      if (block.start >= h.end) break
      if (block.kind !== 'paragraph' || block.end <= h.start) continue
      const list = map.get(block.start)
      if (list) list.push(h)
      else map.set(block.start, [h])
    }
  }
  return map
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** "#2855c8" at the given opacity, as rgb() with alpha. */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = channels(hex)
  return `rgb(${r} ${g} ${b} / ${alpha})`
}

/*
 * Tag colours are chosen for chips, mostly pastels: as a tint they need more
 * opacity than a strong colour does, and as a line under the text they need
 * darkening to be seen at all. Both follow the colour's lightness, so any
 * colour a user picks still reads as a highlight behind dark text.
 */
export function clippingColours(hex: string): { tint: string; line: string } {
  const [r, g, b] = channels(hex)
  const lightness = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
  const dark = (c: number) => Math.round(c * (1 - 0.45 * lightness))
  return { tint: withAlpha(hex, Math.round((0.15 + 0.4 * lightness) * 100) / 100), line: `rgb(${dark(r)} ${dark(g)} ${dark(b)})` }
}

/** A test of whether any of the ranges (in any order, possibly overlapping) overlaps [start, end). */
export function overlapChecker(ranges: readonly { start: number; end: number }[]) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  // maxEnd[i]: the furthest end among the first i+1 ranges by start.
  const maxEnd: number[] = []
  for (const r of sorted) maxEnd.push(Math.max(r.end, maxEnd[maxEnd.length - 1] ?? -1))
  return (start: number, end: number): boolean => {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((sorted[mid] as { start: number }).start < end) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && (maxEnd[lo - 1] as number) > start
  }
}
