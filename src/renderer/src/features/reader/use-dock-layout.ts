import { useLayoutEffect, type RefObject } from 'react'
import { scrollParent } from '../../lib/scroll-parent'

/** Puts the dock over the pane's bottom and keeps scrolling clear of it; returns the dock's height. */
function place(dock: HTMLElement, pane: HTMLElement): number {
  const box = pane.getBoundingClientRect()
  dock.style.left = `${box.left + pane.clientLeft}px`
  dock.style.width = `${pane.clientWidth}px`
  pane.style.scrollPaddingBottom = `${dock.offsetHeight + 12}px`
  pane.style.paddingBottom = `${dock.offsetHeight + 32}px`
  return dock.offsetHeight
}

function keepInView(pane: HTMLElement) {
  pane.querySelector('mark.clip-selected, mark.candidate-mark')?.scrollIntoView({ block: 'nearest' })
}

function clearPadding(pane: HTMLElement) {
  pane.style.scrollPaddingBottom = ''
  pane.style.paddingBottom = ''
}

/**
 * The dock (clipping editor, candidates) is fixed over the bottom of the
 * reader's pane rather than sticky inside it: Chromium scrolls the pane when
 * one types into a field of a sticky box. So it takes the pane's left edge
 * and width, and the pane gets room at its end and scroll padding of the
 * dock's height, so that no passage is ever revealed underneath it. Set
 * straight on the elements, so a reveal in the same commit already sees them.
 */
export function useDockLayout(dockRef: RefObject<HTMLElement | null>, docked: boolean): void {
  useLayoutEffect(() => {
    const dock = dockRef.current
    const pane = dock && scrollParent(dock)
    if (!docked || !dock || !(pane instanceof HTMLElement)) return
    let last = place(dock, pane)
    // As the dock grows (the editor fills in), the passage it is about stays in view above it.
    const update = () => {
      const height = place(dock, pane)
      if (height > last) keepInView(pane)
      last = height
    }
    const observer = new ResizeObserver(update)
    observer.observe(dock)
    observer.observe(pane)
    window.addEventListener('resize', update)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', update)
      clearPadding(pane)
    }
  }, [dockRef, docked])
}
