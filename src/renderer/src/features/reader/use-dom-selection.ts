import { useEffect, useRef, useState, type RefObject } from 'react'
import type { Span } from '../../lib/text-find'
import { rangeToSpan } from './dom-offsets'

/** A selection of the text, and where its end is drawn (relative to the section), to float the Clip button there. */
export interface Floating {
  span: Span
  x: number
  y: number
}

/** Where the last line of a list of client rects ends, relative to `box`. */
export function endPoint(rects: ArrayLike<DOMRect>, box: DOMRect): { x: number; y: number } | null {
  for (let i = rects.length - 1; i >= 0; i--) {
    const r = rects[i] as DOMRect
    if (r.width > 0) return { x: r.right - box.left, y: r.bottom - box.top }
  }
  return null
}

const same = (a: Floating | null, b: Floating | null) =>
  a === b || (a !== null && b !== null && a.span[0] === b.span[0] && a.span[1] === b.span[1] && a.x === b.x && a.y === b.y)

/**
 * Follows the mouse selection inside the section. While the button is down
 * the selection is still being made, so the Clip button waits for the
 * release rather than chasing the pointer.
 */
export function useDomSelection(sectionRef: RefObject<HTMLElement | null>, text: string) {
  const [selection, setSelection] = useState<Floating | null>(null)
  const dragging = useRef(false)

  useEffect(() => {
    const section = sectionRef.current
    if (!section) return
    const set = (next: Floating | null) => setSelection((prev) => (same(prev, next) ? prev : next))
    const update = () => {
      const s = document.getSelection()
      if (!s || s.rangeCount === 0 || s.isCollapsed) return set(null)
      if (dragging.current) return
      const range = s.getRangeAt(0)
      const span = rangeToSpan(section, range, text)
      const at = span && endPoint(range.getClientRects(), section.getBoundingClientRect())
      set(span && at ? { span, ...at } : null)
    }
    const down = (e: PointerEvent) => {
      if (e.button === 0) dragging.current = true
    }
    const up = () => {
      if (!dragging.current) return
      dragging.current = false
      update()
    }
    document.addEventListener('selectionchange', update)
    section.addEventListener('pointerdown', down)
    document.addEventListener('pointerup', up)
    return () => {
      document.removeEventListener('selectionchange', update)
      section.removeEventListener('pointerdown', down)
      document.removeEventListener('pointerup', up)
    }
  }, [sectionRef, text])

  function clear() {
    document.getSelection()?.removeAllRanges()
    setSelection(null)
  }

  return { selection, clear }
}
