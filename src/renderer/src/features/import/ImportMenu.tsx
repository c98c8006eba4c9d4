import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useCloseOnOutside } from '../../components/use-close-on-outside'

interface Props {
  onPickFiles: () => void
  onPickFolder: () => void
}

/** The "Import" menu button: files or a whole folder, following the ARIA menu button pattern. */
export function ImportMenu({ onPickFiles, onPickFolder }: Props) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLUListElement>(null)

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]

  useCloseOnOutside(open, menuRef, buttonRef, () => setOpen(false))

  function close() {
    setOpen(false)
    buttonRef.current?.focus()
  }

  function choose(pick: () => void) {
    close()
    pick()
  }

  function onMenuKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const all = items()
    const index = all.indexOf(document.activeElement as HTMLButtonElement)
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }
    if (e.key in moves) {
      e.preventDefault()
      all[((moves[e.key] as number) + all.length) % all.length]?.focus()
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault()
      close()
    }
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
