import { useId } from 'react'
import { useMenuButton } from '../../components/use-menu-button'

interface Props {
  /** Every article and paragraph of the draft by id, with its current label. */
  labels: ReadonlyMap<string, string>
  selfId: string
  onPick: (label: string) => void
}

/** "Insert reference": a menu of the draft's articles and paragraphs, inserted where the caret is. */
export function ReferenceMenu({ labels, selfId, onPick }: Props) {
  const id = useId()
  const { open, setOpen, buttonRef, menuRef, close, onMenuKeyDown } = useMenuButton()
  const targets = [...labels].filter(([target]) => target !== selfId)

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="tool-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        disabled={targets.length === 0}
        // Keep the caret in the text: the reference goes where it was.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen(!open)}
      >
        Insert reference
      </button>
      {open && (
        <ul ref={menuRef} id={`${id}-menu`} className="menu menu-scroll" role="menu" aria-label="Insert reference to" onKeyDown={onMenuKeyDown}>
          {targets.map(([target, label]) => (
            <li role="none" key={target}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  close()
                  onPick(label)
                }}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
