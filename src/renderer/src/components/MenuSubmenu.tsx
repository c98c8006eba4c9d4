import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { MenuItem } from './MenuButton'

interface Props {
  label: string
  items: readonly MenuItem[]
  /** Closes the whole menu, then runs the item. */
  onChoose: (run: () => void) => void
}

/**
 * An item of a menu that opens a menu of its own beside it: hovering or
 * clicking opens it, and from the keyboard → (or Enter) opens it on its
 * first item, ↑ ↓ move in it, ← or Escape return to the item.
 */
export function Submenu({ label, items, onChoose }: Props) {
  const id = useId()
  const [open, setOpen] = useState<'hover' | 'keyboard' | null>(null)
  const itemRef = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLUListElement>(null)

  useEffect(() => {
    if (open === 'keyboard') listRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus()
  }, [open])

  function back() {
    setOpen(null)
    itemRef.current?.focus()
  }

  function onListKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const all = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]
    const index = all.indexOf(document.activeElement as HTMLButtonElement)
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }
    if (e.key in moves) {
      all[((moves[e.key] as number) + all.length) % all.length]?.focus()
    } else if (e.key === 'ArrowLeft' || e.key === 'Escape') {
      back()
    } else {
      return
    }
    e.preventDefault()
    e.stopPropagation()
  }

  return (
    <li role="none" className="menu-submenu-anchor" onMouseEnter={() => setOpen((o) => o ?? 'hover')} onMouseLeave={() => setOpen(null)}>
      <button
        ref={itemRef}
        type="button"
        role="menuitem"
        tabIndex={-1}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen('keyboard')}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowRight') return
          e.preventDefault()
          e.stopPropagation()
          setOpen('keyboard')
        }}
      >
        {label}
        <span className="menu-submenu-arrow" aria-hidden="true">
          ▸
        </span>
      </button>
      {open && (
        <ul ref={listRef} id={`${id}-menu`} className="menu menu-submenu" role="menu" aria-label={label} onKeyDown={onListKeyDown}>
          {items.map((item) => (
            <li role="none" key={item.label}>
              <button type="button" role="menuitem" tabIndex={-1} title={item.label} onClick={() => onChoose(item.run)}>
                <span className="menu-submenu-label">{item.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
