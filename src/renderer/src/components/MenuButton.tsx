import { useId, type ReactNode } from 'react'
import { ariaKeys, displayKeys } from '../lib/keys'
import { Submenu } from './MenuSubmenu'
import { useMenuButton } from './use-menu-button'

export interface MenuItem {
  label: string
  run: () => void
  /** Makes the item a checkbox item (a setting of the menu's commands), ticked or not. */
  checked?: boolean
  /** The shortcut, shown at the end of the item as the user presses it. */
  keys?: string
  /** Destructive (delete): shown in the danger colour. */
  danger?: boolean
  /** Makes the item open a menu of its own (File → Open recent ▸); `run` is then not called. */
  submenu?: readonly MenuItem[]
}

interface Props {
  /** The button's text; also the menu's accessible name. */
  label: string
  items: readonly MenuItem[]
  buttonClassName?: string
  /** Hides the ▾ caret, for menus in a menu bar. */
  caret?: boolean
  /** Shown in the button instead of the label, which then names it for assistive technology ("⋯"). */
  icon?: ReactNode
  /** Lets the caller put focus back on the button when an inline edit or a dialog closes. */
  buttonId?: string
}

/** A button that opens a menu of commands, following the ARIA menu button pattern. */
export function MenuButton({ label, items, buttonClassName = 'button', caret = true, icon, buttonId }: Props) {
  const id = useId()
  const { open, setOpen, buttonRef, menuRef, close, onMenuKeyDown } = useMenuButton()

  function choose(run: () => void) {
    close()
    run()
  }

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className={buttonClassName}
        aria-label={icon ? label : undefined}
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
        {icon ? <span aria-hidden="true">{icon}</span> : label}
        {caret && (
          <span className="menu-caret" aria-hidden="true">
            ▾
          </span>
        )}
      </button>
      {open && (
        <ul ref={menuRef} id={`${id}-menu`} className="menu" role="menu" aria-label={label} onKeyDown={onMenuKeyDown}>
          {items.map((item) =>
            item.submenu ? (
              <Submenu key={item.label} label={item.label} items={item.submenu} onChoose={choose} />
            ) : (
              <li role="none" key={item.label}>
                {item.checked === undefined ? (
                  <button
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className={item.danger ? 'menuitem-danger' : undefined}
                    aria-keyshortcuts={item.keys && ariaKeys(item.keys)}
                    onClick={() => choose(item.run)}
                  >
                    {item.label}
                    {item.keys && <kbd className="menu-keys">{displayKeys(item.keys)}</kbd>}
                  </button>
                ) : (
                  <button type="button" role="menuitemcheckbox" aria-checked={item.checked} tabIndex={-1} onClick={() => choose(item.run)}>
                    <span className="menu-check" aria-hidden="true">
                      {item.checked ? '✓' : ''}
                    </span>
                    {item.label}
                  </button>
                )}
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  )
}
