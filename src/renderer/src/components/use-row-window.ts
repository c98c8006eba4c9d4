import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

/** The rows to render, [start, end) in the table's order. */
export interface RowWindow {
  start: number
  end: number
}

/** Where the scroll box is: its scrollTop and its height inside the scrollbars, in pixels. */
export interface ScrollView {
  top: number
  height: number
}

export interface RowLayout {
  count: number
  rowHeight: number
  /** Height above the first row inside the scroll box (the sticky header). */
  offset: number
  /** Rows rendered beyond each edge of the view. */
  overscan: number
}

interface Options extends RowLayout {
  scrollRef: RefObject<HTMLElement | null>
}

/**
 * Which rows of a list of equal-height rows to render: those in view and a
 * margin. Every row has the same height, so a position is arithmetic:
 * nothing is measured or allocated per row, and a new count (a keystroke in
 * the filter) costs nothing however long the list. The scroll position is
 * read in the scroll event and the height in the resize observer, where the
 * layout is already done; reading them while rendering new rows would force
 * a layout of rows about to change. The window moves only when the view
 * leaves it, and then renders inside the scroll event, so that no frame
 * shows blank space.
 */
export function useRowWindow({ scrollRef, count, rowHeight, offset, overscan }: Options) {
  const latest = useRef<RowLayout>({ count, rowHeight, offset, overscan })
  const view = useRef<ScrollView>({ top: 0, height: 0 })
  const [range, setRange] = useState<RowWindow>({ start: 0, end: 0 })

  // A passive effect: the scroll box, an ancestor, gets its ref only after this component's layout effects.
  useEffect(() => {
    const el = scrollRef.current
    if (!el) return
    // An update that returns the current window is dropped before any render.
    const onScroll = () => {
      view.current = { ...view.current, top: el.scrollTop }
      flushSync(() => setRange((current) => follow(view.current, current, latest.current)))
    }
    const observer = new ResizeObserver(() => {
      view.current = { top: el.scrollTop, height: el.clientHeight }
      setRange((current) => follow(view.current, current, latest.current))
    })
    el.addEventListener('scroll', onScroll, { passive: true })
    observer.observe(el)
    return () => {
      el.removeEventListener('scroll', onScroll)
      observer.disconnect()
    }
  }, [scrollRef])

  useLayoutEffect(() => {
    latest.current = { count, rowHeight, offset, overscan }
    // A shorter list scrolls the box back by itself; the window goes there now, not a scroll event later.
    view.current = { ...view.current, top: clampTop(view.current, latest.current) }
    setRange((current) => follow(view.current, current, latest.current))
  }, [count, rowHeight, offset, overscan])

  /** Scrolls as little as needed to show row `i` whole, below the sticky header. */
  const scrollToRow = useCallback(
    (i: number) => {
      const el = scrollRef.current
      const { count, rowHeight, offset } = latest.current
      if (!el || i < 0 || i >= count) return
      const { top, height } = view.current
      const rowTop = i * rowHeight
      if (rowTop < top) el.scrollTop = rowTop
      else if (offset + rowTop + rowHeight > top + height) el.scrollTop = offset + rowTop + rowHeight - height
    },
    [scrollRef],
  )

  return { start: Math.min(range.start, count), end: Math.min(range.end, count), scrollToRow }
}

/** The scrollTop the browser will settle on for this many rows: no further down than the end of the list. */
export function clampTop({ top, height }: ScrollView, { count, rowHeight, offset }: RowLayout): number {
  return Math.max(0, Math.min(top, offset + count * rowHeight - height))
}

/** `current` if it still covers the view, else the window around the view. */
export function follow({ top, height }: ScrollView, current: RowWindow, { count, rowHeight, offset, overscan }: RowLayout): RowWindow {
  const first = Math.min(count, Math.floor(Math.max(0, top - offset) / rowHeight))
  const last = Math.min(count, Math.ceil(Math.max(0, top + height - offset) / rowHeight))
  if (first >= current.start && last <= current.end && current.end <= count) return current
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) }
}
