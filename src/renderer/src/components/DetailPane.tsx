import type { KeyboardEventHandler, ReactNode, Ref } from 'react'

interface Props {
  /** Accessible name of the region, e.g. "Source details". */
  label: string
  /** Shown when no row is selected. */
  placeholder: string
  /** Focused when the user opens a row, so reading can start from the keyboard. */
  paneRef?: Ref<HTMLElement>
  /** Keys for the pane's own commands, such as Ctrl+F in the reader. */
  onKeyDown?: KeyboardEventHandler<HTMLElement>
  children?: ReactNode
}

export function DetailPane({ label, placeholder, paneRef, onKeyDown, children }: Props) {
  return (
    <section className="detail-pane" aria-label={label} tabIndex={-1} ref={paneRef} onKeyDown={onKeyDown}>
      {children ?? <p className="detail-placeholder">{placeholder}</p>}
    </section>
  )
}
