import { useEffect, type RefObject } from 'react'

/**
 * While `open`, focuses the first control in the panel (menu items, then
 * fields) and closes on a pointer press outside both the panel and its button.
 */
export function useCloseOnOutside(
  open: boolean,
  panelRef: RefObject<HTMLElement | null>,
  buttonRef: RefObject<HTMLElement | null>,
  close: () => void,
): void {
  useEffect(() => {
    if (!open) return
    const panel = panelRef.current
    ;(panel?.querySelector<HTMLElement>('[role="menuitem"]') ?? panel?.querySelector<HTMLElement>('input, select, textarea, button'))?.focus()
    function outside(e: PointerEvent) {
      const target = e.target as Node
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) close()
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
    // close is a setter wrapper whose identity does not matter here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])
}
