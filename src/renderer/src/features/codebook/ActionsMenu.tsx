import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useCloseOnOutside } from '../../components/use-close-on-outside'

export interface MenuItem {
  label: string
  run: () => void
  danger?: boolean
}

interface Props {
  /** Accessible name of the button, e.g. "Actions for Prohibition". */
  label: string
  /** Lets the row put focus back here when an inline edit or a dialog closes. */
  buttonId: string
  items: MenuItem[]
}

/** A "⋯" menu button following the ARIA menu button pattern. */
export function ActionsMenu({ label, buttonId, items }: Props) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLUListElement>(null)
  const menuItems = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]

  useCloseOnOutside(open, menuRef, buttonRef, () => setOpen(false))

  function close() {
    setOpen(false)
    buttonRef.current?.focus()
  }

  function onMenuKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const all = menuItems()
    const index = all.indexOf(document.activeElement as HTMLButtonElement)
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }
    if (e.key in moves) {
      e.preventDefault()
      all[((moves[e.key] as number) + all.length) % all.length]?.focus()
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault()
      e.stopPropagation()
      close()
    } else if (e.key.length === 1 && /\S/.test(e.key)) {
      // Type-ahead: the next item starting with the letter.
      const key = e.key.toLowerCase()
      const rest = [...all.slice(index + 1), ...all.slice(0, index + 1)]
      rest.find((item) => item.textContent?.toLowerCase().startsWith(key))?.focus()
    }
  }

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="icon-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            setOpen(true)
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <ul ref={menuRef} id={`${id}-menu`} className="menu" role="menu" aria-label={label} onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <li role="none" key={item.label}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={item.danger ? 'menuitem-danger' : undefined}
                onClick={() => {
                  // The item's own focus move (into an editor or a dialog) comes after the menu closes.
                  setOpen(false)
                  item.run()
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
