import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react'

export interface MenuItem {
  label: string
  run: () => void
}

interface Props {
  /** Where to open, relative to the text section. */
  at: { x: number; y: number }
  items: readonly MenuItem[]
  onClose: () => void
}

/** The text's own context menu: opens on the first item and follows the ARIA menu pattern. */
export function ClipMenu({ at, items, onClose }: Props) {
  const menuRef = useRef<HTMLUListElement>(null)
  const all = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]

  // Kept inside the text's width, so a menu opened near the right edge does not run off the pane.
  useLayoutEffect(() => {
    const menu = menuRef.current
    const room = menu?.offsetParent?.clientWidth
    if (menu && room) menu.style.left = `${Math.max(0, Math.min(at.x, room - menu.offsetWidth))}px`
  }, [at])

  useEffect(() => {
    all()[0]?.focus()
    function outside(e: PointerEvent) {
      if (!menuRef.current?.contains(e.target as Node)) onClose()
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [onClose])

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const buttons = all()
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }
    e.stopPropagation()
    if (e.key in moves) {
      e.preventDefault()
      buttons[((moves[e.key] as number) + buttons.length) % buttons.length]?.focus()
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault()
      onClose()
    }
  }

  return (
    <ul
      ref={menuRef}
      className="menu clip-menu"
      role="menu"
      aria-label="Text actions"
      style={{ top: at.y }}
      onKeyDown={onKeyDown}
      // The selection must survive the click that chooses "Clip selection".
      onMouseDown={(e) => e.preventDefault()}
    >
      {items.map((item) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              onClose()
              item.run()
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  )
}
