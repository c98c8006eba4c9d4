import { useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react'
import { useElementWidth } from '../lib/use-element-width'

const MIN_WIDTH = 280
const STEP = 24

const storageKey = (id: string) => `clausewright.pane:${id}`

/** A pane's width as the user last set it (px), or null for the layout's own width. */
export function usePaneWidth(id: string): [number | null, (width: number | null) => void] {
  const [width, setWidth] = useState<number | null>(() => {
    const stored = Number(localStorage.getItem(storageKey(id)))
    return Number.isFinite(stored) && stored >= MIN_WIDTH ? stored : null
  })
  const set = (next: number | null) => {
    setWidth(next)
    if (next === null) localStorage.removeItem(storageKey(id))
    else localStorage.setItem(storageKey(id), String(Math.round(next)))
  }
  return [width, set]
}

interface Props {
  /** The pane on the separator's right, whose width it sets. */
  paneRef: RefObject<HTMLElement | null>
  label: string
  width: number | null
  onResize: (width: number | null) => void
}

/**
 * The separator on a pane's left edge: drag it, or focus it and use the
 * arrow keys (Home and End for the limits); a double click gives the pane
 * its default width back. The width is remembered for the next start.
 */
export function PaneResizer({ paneRef, label, width, onResize }: Props) {
  // A focusable separator must always say where it stands, the layout's own width included.
  const measured = useElementWidth(paneRef)
  const current = () => width ?? paneRef.current?.getBoundingClientRect().width ?? MIN_WIDTH
  // The pane may take at most what leaves the main area a usable width.
  const maxWidth = () => Math.max(MIN_WIDTH, window.innerWidth - 560)
  const clamp = (w: number) => Math.min(maxWidth(), Math.max(MIN_WIDTH, w))

  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    e.preventDefault()
    const startX = e.clientX
    const startWidth = current()
    const target = e.currentTarget
    target.setPointerCapture(e.pointerId)
    const move = (ev: globalThis.PointerEvent) => onResize(clamp(startWidth - (ev.clientX - startX)))
    const up = () => {
      target.removeEventListener('pointermove', move)
      target.removeEventListener('pointerup', up)
    }
    target.addEventListener('pointermove', move)
    target.addEventListener('pointerup', up)
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowLeft: current() + STEP,
      ArrowRight: current() - STEP,
      Home: MIN_WIDTH,
      End: maxWidth(),
    }
    if (!(e.key in moves)) return
    e.preventDefault()
    onResize(clamp(moves[e.key] as number))
  }

  return (
    <div
      className="pane-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={MIN_WIDTH}
      aria-valuenow={Math.round(width ?? measured) || MIN_WIDTH}
      tabIndex={0}
      title="Drag to resize; double-click for the default width"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onResize(null)}
    />
  )
}
