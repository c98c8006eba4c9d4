import { useEffect, useRef, useState, type RefObject } from 'react'
import { scrollParent } from '../../lib/scroll-parent'

/** Blocks added at a time as the reader scrolls toward either end of what is rendered. */
export const STEP = 200

export interface BlockWindow {
  from: number
  to: number
}

/**
 * The range of blocks the reader renders. It starts with the first STEP
 * blocks and grows as sentinel elements at its edges come near the visible
 * area; the browser's scroll anchoring keeps the text still when blocks are
 * added above. A jump far ahead (find, open at offset) replaces the range.
 */
export function useBlockWindow(count: number, before: RefObject<HTMLElement | null>, after: RefObject<HTMLElement | null>) {
  const [range, setRange] = useState<BlockWindow>({ from: 0, to: Math.min(count, STEP) })
  const rangeRef = useRef(range)

  useEffect(() => {
    rangeRef.current = range
    const sentinels = [before.current, after.current].filter((el): el is HTMLElement => el !== null)
    const first = sentinels[0]
    if (!first) return
    // Re-created on every change: observe() reports the current state, so a
    // sentinel still in view after growing triggers the next step.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue
          const { from, to } = rangeRef.current
          if (entry.target === after.current && to < count) setRange({ from, to: Math.min(count, to + STEP) })
          if (entry.target === before.current && from > 0) setRange({ from: Math.max(0, from - STEP), to })
        }
      },
      { root: scrollParent(first), rootMargin: '800px 0px' },
    )
    sentinels.forEach((s) => observer.observe(s))
    return () => observer.disconnect()
  }, [range, count, before, after])

  /** The range to render so that block `index` is in it, keeping the current one when it is close. */
  function including(index: number): BlockWindow {
    const { from, to } = range
    if (index >= from && index < to) return range
    if (index >= from && index < to + STEP) return { from, to: Math.min(count, index + STEP) }
    return { from: Math.max(0, index - STEP / 4), to: Math.min(count, index + STEP) }
  }

  return { range, setRange, including }
}
