import { scrollParent } from '../../lib/scroll-parent'
import type { Span } from '../../lib/text-find'

/*
 * Each rendered paragraph carries data-start and data-end, its offsets in the
 * stored text, and holds nothing but that text as text nodes (marks wrap
 * slices of it and add no text). So the length of a DOM range's text from a
 * paragraph's beginning is an offset into the paragraph, in UTF-16 code
 * units like the stored offsets.
 */
function paragraphOf(node: Node): HTMLElement | null {
  const el = node instanceof Element ? node : node.parentElement
  return el?.closest<HTMLElement>('p[data-start]') ?? null
}

/** The text offset of a DOM boundary point, or null when it is not inside a paragraph. */
export function offsetAt(node: Node, offset: number): number | null {
  const p = paragraphOf(node)
  if (!p) return null
  const range = document.createRange()
  range.setStart(p, 0)
  range.setEnd(node, offset)
  return Number(p.dataset.start) + range.toString().length
}

/** The span without white space at either end, or null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s] as string)) s++
  while (e > s && /\s/.test(text[e - 1] as string)) e--
  return e > s ? [s, e] : null
}

/**
 * The stored-text span a DOM range covers inside `root`. A range may start or
 * end outside the text (on a page marker, between paragraphs, or beyond the
 * reader); it is clipped to the first and last paragraphs it touches.
 */
export function rangeToSpan(root: HTMLElement, range: Range, text: string): Span | null {
  if (range.collapsed || !root.contains(range.commonAncestorContainer)) return null
  const touched = [...root.querySelectorAll<HTMLElement>('p[data-start]')].filter((p) => range.intersectsNode(p))
  const first = touched[0]
  const last = touched[touched.length - 1]
  if (!first || !last) return null
  const start = first.contains(range.startContainer) ? offsetAt(range.startContainer, range.startOffset) : Number(first.dataset.start)
  const end = last.contains(range.endContainer) ? offsetAt(range.endContainer, range.endOffset) : Number(last.dataset.end)
  if (start === null || end === null) return null
  return trimSpan(text, start, end)
}

/** The current DOM selection as a span of the text, when it lies in `root`. */
export function selectionSpan(root: HTMLElement, text: string): Span | null {
  const selection = document.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  return rangeToSpan(root, selection.getRangeAt(0), text)
}

/** The text offset under a viewport point, where the browser can tell. */
export function offsetAtPoint(x: number, y: number): number | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const pos = document.caretPositionFromPoint(x, y)
    return pos ? offsetAt(pos.offsetNode, pos.offset) : null
  }
  const range = document.caretRangeFromPoint(x, y)
  return range ? offsetAt(range.startContainer, range.startOffset) : null
}

/**
 * The offset at the top of what is visible of the text in `root` (below a
 * sticky find bar, which the pane declares as its scroll padding).
 */
export function firstVisibleOffset(root: HTMLElement): number {
  const scroller = scrollParent(root)
  const top = scroller ? scroller.getBoundingClientRect().top + (Number.parseFloat(getComputedStyle(scroller).scrollPaddingTop) || 0) : 0
  for (const p of root.querySelectorAll<HTMLElement>('p[data-start]')) {
    const r = p.getBoundingClientRect()
    if (r.bottom <= top + 4) continue
    if (r.top >= top) return Number(p.dataset.start)
    return offsetAtPoint(r.left + 2, top + 10) ?? Number(p.dataset.start)
  }
  return 0
}
