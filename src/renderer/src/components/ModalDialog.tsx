import { useEffect, useId, useRef, type ReactNode } from 'react'

interface Props {
  title: string
  onCancel: () => void
  /** Room for a list (a picker) rather than a few fields. */
  wide?: boolean
  children: ReactNode
}

/**
 * A modal dialog: showModal() makes the rest of the window inert (focus
 * stays inside) and Escape cancels.
 */
export function ModalDialog({ title, onCancel, wide = false, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog dialog-narrow'}
      aria-labelledby={`${id}-title`}
      aria-modal="true"
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <div className="dialog-form">
        <h2 id={`${id}-title`} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  )
}
