import { anchorHolds } from '../../../../shared/anchors'
import type { Clipping } from '../../../../shared/model'
import { useQuery } from '../../lib/use-query'
import { extendEnd, extendStart, shrinkEnd, shrinkStart } from './word-bounds'

interface Props {
  clipping: Clipping
  onResize: (start: number, end: number) => void
}

/** Moves either end of the clipping by one word in the source's text. */
export function ResizeControls({ clipping, onResize }: Props) {
  const detail = useQuery('sources.get', { id: clipping.sourceId })
  const text = detail?.status === 'loaded' ? detail.data.text : null
  const { start, end } = clipping
  // A clipping whose quote no longer sits at its offsets must be re-anchored before it can be resized.
  const usable = text !== null && anchorHolds(text, clipping)

  const button = (label: string, visible: string, next: (text: string) => [number | null, number | null]) => {
    const [s, e] = usable ? next(text) : [null, null]
    const possible = s !== null && e !== null
    return (
      <button
        type="button"
        className="button button-small"
        aria-label={label}
        disabled={!possible}
        onClick={() => possible && onResize(s, e)}
      >
        {visible}
      </button>
    )
  }

  return (
    <div className="resize-controls">
      <div role="group" aria-label="Start of the clipping" className="resize-group">
        <span className="resize-label" aria-hidden="true">
          Start
        </span>
        {button('Extend start', '◂ Extend', (t) => [extendStart(t, start), end])}
        {button('Shrink start', 'Shrink ▸', (t) => [shrinkStart(t, start, end), end])}
      </div>
      <div role="group" aria-label="End of the clipping" className="resize-group">
        <span className="resize-label" aria-hidden="true">
          End
        </span>
        {button('Shrink end', '◂ Shrink', (t) => [start, shrinkEnd(t, start, end)])}
        {button('Extend end', 'Extend ▸', (t) => [start, extendEnd(t, end)])}
      </div>
      {detail?.status === 'error' && <p className="field-error">The source text could not be loaded: {detail.error.message}</p>}
      {text !== null && !usable && <p className="muted">The quote no longer matches the source text, so it cannot be resized.</p>}
    </div>
  )
}
