import { useId, useState, type FormEvent } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { SavedView, TableState } from '../../../../shared/views'
import { ErrorMessage } from '../../components/ErrorMessage'
import { usePopoverClose } from '../../components/Popover'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'

interface Props {
  state: TableState
  /** The view applied now, if any: it can be updated in place. */
  active: SavedView | null
  onSaved: (view: SavedView) => void
}

/** Names the current filters, sort and columns as a view; with a view applied, offers to update it. */
export function SaveViewForm({ state, active, onSaved }: Props) {
  const close = usePopoverClose()
  const nameId = useId()
  const [name, setName] = useState(active?.name ?? '')
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)

  async function save(id: string | undefined, viewName: string) {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      const view = await mutate('views.save', { ...(id ? { id } : {}), name: viewName, table: 'clippings', state })
      onSaved(view)
      close()
    } catch (err) {
      // The name stays in the box: the user fixes it and tries again.
      setError(toErrorData(err))
      setBusy(false)
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault()
    void save(undefined, name)
  }

  return (
    <form className="popover-form" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor={nameId}>View name</label>
        <input
          id={nameId}
          value={name}
          maxLength={120}
          required
          aria-invalid={error?.field === 'name' || undefined}
          onChange={(e) => setName(e.target.value)}
          dir="auto"
        />
      </div>
      {error && <ErrorMessage title="Could not save the view." error={error} />}
      <div className="dialog-buttons">
        {active && (
          <button type="button" className="button" aria-disabled={busy} onClick={() => void save(active.id, name || active.name)}>
            Update {active.name}
          </button>
        )}
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {active ? 'Save as new view' : 'Save view'}
        </button>
      </div>
    </form>
  )
}
