import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

/** The rows to render, [start, end) in the table's order. */
export interface RowWindow {
  start: number
  end: number
}

interface Options {
  scrollRef: RefObject<HTMLElement | null>
  count: number
  rowHeight: number
  /** Height above the first row inside the scroll box (the sticky header). */
  offset: number
  /** Rows rendered beyond each edge of the view, so that most scroll steps need no render at all. */
  overscan: number
}

/**
 * Which rows of a list of equal-height rows to render: those in view and a
 * margin. Every row has the same height, so a position is arithmetic:
 * nothing is measured or allocated per row, and a new count (a keystroke in
 * the filter) costs nothing however long the list. The window moves only
 * when the view leaves it, and then renders inside the scroll event, so
 * that no frame shows blank space.
 */
export function useRowWindow({ scrollRef, count, rowHeight, offset, overscan }: Options) {
  const [range, setRange] = useState<RowWindow>({ start: 0, end: 0 })
  const layout = useMemo(() => ({ count, rowHeight, offset, overscan }), [count, rowHeight, offset, overscan])

  // A new count or header height may leave no row where the view now is: move the window before the paint.
  useLayoutEffect(() => {
    const el = scrollRef.current
    if (el) setRange((current) => follow(el, current, layout))
  }, [scrollRef, layout])

  useEffect(() => {
    const el = scrollRef.current
    if (!el) return
    // An update that returns the current window is dropped before any render.
    const onScroll = () => flushSync(() => setRange((current) => follow(el, current, layout)))
    const observer = new ResizeObserver(() => setRange((current) => follow(el, current, layout)))
    el.addEventListener('scroll', onScroll, { passive: true })
    observer.observe(el)
    return () => {
      el.removeEventListener('scroll', onScroll)
      observer.disconnect()
    }
  }, [scrollRef, layout])

  /** Scrolls as little as needed to show row `i` whole, below the sticky header. */
  const scrollToRow = useCallback(
    (i: number) => {
      const el = scrollRef.current
      if (!el || i < 0 || i >= count) return
      const top = i * rowHeight
      if (top < el.scrollTop) el.scrollTop = top
      else if (offset + top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = offset + top + rowHeight - el.clientHeight
    },
    [scrollRef, count, rowHeight, offset],
  )

  return { start: Math.min(range.start, count), end: Math.min(range.end, count), scrollToRow }
}

/** `current` if it still covers the view, else the window around the view. */
function follow(el: HTMLElement, current: RowWindow, { count, rowHeight, offset, overscan }: Omit<Options, 'scrollRef'>): RowWindow {
  const first = Math.min(count, Math.floor(Math.max(0, el.scrollTop - offset) / rowHeight))
  const last = Math.min(count, Math.ceil(Math.max(0, el.scrollTop + el.clientHeight - offset) / rowHeight))
  if (first >= current.start && last <= current.end && current.end <= count) return current
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) }
}
