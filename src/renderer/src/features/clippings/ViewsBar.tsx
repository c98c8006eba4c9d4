import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { SavedView, TableState } from '../../../../shared/views'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Popover } from '../../components/Popover'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { useQuery } from '../../lib/use-query'
import { SaveViewForm } from './SaveViewForm'

interface Props {
  state: TableState
  /** What "All clippings" shows: no filters, no sort, the default columns. */
  allState: TableState
  activeId: string | null
  /** Applies a view's filters, sort and columns; null for "All clippings". */
  onApply: (view: SavedView | null) => void
  onSaved: (view: SavedView) => void
  /** A view was deleted; the message says so and how to bring it back. */
  onDeleted: (message: string) => void
}

/** Named views of the clippings table, one click away; they live in the workspace. */
export function ViewsBar({ state, allState, activeId, onApply, onSaved, onDeleted }: Props) {
  const query = useQuery('views.list', {})
  const [error, setError] = useState<AppErrorData | null>(null)
  const views = query?.status === 'loaded' ? query.data.filter((v) => v.table === 'clippings') : []
  const active = views.find((v) => v.id === activeId) ?? null
  const showingAll = activeId === null && JSON.stringify(state) === JSON.stringify(allState)

  async function remove(view: SavedView) {
    setError(null)
    try {
      await mutate('views.delete', { id: view.id })
      if (view.id === activeId) onApply(null)
      onDeleted(`View “${view.name}” deleted`)
    } catch (err) {
      setError(toErrorData(err))
    }
  }

  return (
    <div className="views-bar" role="group" aria-label="Saved views">
      <button type="button" className="view-chip" aria-pressed={showingAll} onClick={() => onApply(null)}>
        All clippings
      </button>
      {views.map((view) => (
        <span key={view.id} className="view-chip-group">
          <button type="button" className="view-chip" aria-pressed={view.id === activeId} onClick={() => onApply(view)} dir="auto">
            {view.name}
          </button>
          <button
            type="button"
            className="view-chip-delete"
            aria-label={`Delete view ${view.name}`}
            title={`Delete view ${view.name}`}
            onClick={() => void remove(view)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
      ))}
      <Popover button="Save view…" buttonClassName="button button-quiet" label="Save view">
        <SaveViewForm state={state} active={active} onSaved={onSaved} />
      </Popover>
      {query?.status === 'error' && <span className="muted views-unavailable">Saved views are unavailable: {query.error.message}</span>}
      {error && <ErrorMessage title="Could not delete the view." error={error} />}
    </div>
  )
}
