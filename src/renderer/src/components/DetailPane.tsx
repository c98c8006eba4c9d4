import { useRef, type KeyboardEventHandler, type ReactNode, type RefObject } from 'react'
import { PaneResizer, usePaneWidth } from './PaneResizer'

interface Props {
  /** Accessible name of the region, e.g. "Source details". */
  label: string
  /** Shown when no row is selected. */
  placeholder: string
  /** Focused when the user opens a row, so reading can start from the keyboard. */
  paneRef?: RefObject<HTMLElement | null>
  /** Keys for the pane's own commands, such as Ctrl+F in the reader. */
  onKeyDown?: KeyboardEventHandler<HTMLElement>
  /** Names the remembered width: each view's pane keeps its own. */
  sizeKey: string
  children?: ReactNode
}

export function DetailPane({ label, placeholder, paneRef, onKeyDown, sizeKey, children }: Props) {
  const ownRef = useRef<HTMLElement>(null)
  const ref = paneRef ?? ownRef
  const [width, setWidth] = usePaneWidth(sizeKey)
  return (
    <>
      <PaneResizer paneRef={ref} label={`Resize ${label.toLowerCase()}`} width={width} onResize={setWidth} />
      <section
        className="detail-pane"
        aria-label={label}
        tabIndex={-1}
        ref={ref}
        onKeyDown={onKeyDown}
        style={width === null ? undefined : { width }}
      >
        {children ?? <p className="detail-placeholder">{placeholder}</p>}
      </section>
    </>
  )
}
