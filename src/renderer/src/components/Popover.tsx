import { createContext, useContext, useId, useRef, useState, type ReactNode } from 'react'
import { useCloseOnOutside } from './use-close-on-outside'

interface Props {
  /** The button's content; also its accessible name unless buttonLabel is given. */
  button: ReactNode
  buttonLabel?: string
  buttonClassName?: string
  /** Accessible name of the popover dialog. */
  label: string
  /** Where the popover lines up with its button. */
  align?: 'start' | 'end'
  children: ReactNode
}

const CloseContext = createContext<() => void>(() => undefined)

/** Closes the popover around the caller and returns focus to its button (after a form inside is done). */
export function usePopoverClose(): () => void {
  return useContext(CloseContext)
}

/**
 * A button that opens a small non-modal dialog under it (filters, column
 * choices, bulk edits). Escape, a click outside or tabbing away closes it;
 * focus goes into it on opening and back to the button on Escape.
 */
export function Popover({ button, buttonLabel, buttonClassName = 'button', label, align = 'start', children }: Props) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)

  useCloseOnOutside(open, panelRef, buttonRef, () => setOpen(false))

  function close() {
    setOpen(false)
    buttonRef.current?.focus()
  }

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        aria-label={buttonLabel}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {button}
        <span className="menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={panelRef}
          id={id}
          role="dialog"
          aria-label={label}
          className={`popover popover-${align}`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault()
              e.stopPropagation()
              close()
            }
          }}
          onBlur={(e) => {
            const next = e.relatedTarget as Node | null
            if (next && !panelRef.current?.contains(next) && !buttonRef.current?.contains(next)) setOpen(false)
          }}
        >
          <CloseContext value={close}>{children}</CloseContext>
        </div>
      )}
    </div>
  )
}
