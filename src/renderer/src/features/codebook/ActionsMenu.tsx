import { useId } from 'react'
import { useMenuButton } from '../../components/use-menu-button'

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
  const id = useId()
  const { open, setOpen, buttonRef, menuRef, onMenuKeyDown } = useMenuButton()

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
