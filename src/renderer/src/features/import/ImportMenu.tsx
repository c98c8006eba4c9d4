import { useId } from 'react'
import { useMenuButton } from '../../components/use-menu-button'

interface Props {
  onPickFiles: () => void
  onPickFolder: () => void
}

/** The "Import" menu button: files or a whole folder, following the ARIA menu button pattern. */
export function ImportMenu({ onPickFiles, onPickFolder }: Props) {
  const id = useId()
  const { open, setOpen, buttonRef, menuRef, close, onMenuKeyDown } = useMenuButton()

  function choose(pick: () => void) {
    close()
    pick()
  }

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="button"
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
        Import
        <span className="menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul ref={menuRef} id={`${id}-menu`} className="menu" role="menu" aria-label="Import" onKeyDown={onMenuKeyDown}>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose(onPickFiles)}>
              Import files…
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose(onPickFolder)}>
              Import folder…
            </button>
          </li>
        </ul>
      )}
    </div>
  )
}
