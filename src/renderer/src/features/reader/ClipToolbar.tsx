import { useLayoutEffect, useRef } from 'react'

interface Props {
  /** Where the selection ends, relative to the text section; null hides the toolbar. */
  locate: () => { x: number; y: number } | null
  pending: boolean
  onClip: () => void
}

/**
 * The small toolbar under the end of a selection. It is placed after every
 * render from the selection as drawn, since the keyboard selection's marks
 * only exist once rendered.
 */
export function ClipToolbar({ locate, pending, onClip }: Props) {
  const ref = useRef<HTMLDivElement>(null)

  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const at = locate()
    el.hidden = at === null
    if (!at) return
    const half = el.offsetWidth / 2
    const max = (el.offsetParent?.clientWidth ?? at.x) - half
    el.style.left = `${Math.max(half, Math.min(at.x, max))}px`
    el.style.top = `${at.y + 6}px`
  })

  return (
    <div ref={ref} className="clip-toolbar" hidden>
      <button
        type="button"
        className="button button-primary clip-button"
        aria-label="Clip selection"
        aria-keyshortcuts="C Control+Enter"
        title="Clip selection (C)"
        aria-disabled={pending}
        // Keeps the text selected (and focus in the text) while the button is pressed.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClip}
      >
        Clip <kbd aria-hidden="true">C</kbd>
      </button>
    </div>
  )
}
