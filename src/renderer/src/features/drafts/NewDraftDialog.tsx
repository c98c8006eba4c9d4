import { useId, useState, type FormEvent } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { Draft } from '../../../../shared/model'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ModalDialog } from '../../components/ModalDialog'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'

interface Props {
  onCancel: () => void
  onCreated: (draft: Draft) => void
}

/** Names a new clause pack; it starts empty, ready for articles, paragraphs and evidence. */
export function NewDraftDialog({ onCancel, onCreated }: Props) {
  const id = useId()
  const [title, setTitle] = useState('')
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    try {
      onCreated(await mutate('drafts.create', { title }))
    } catch (err) {
      setError(toErrorData(err))
      setBusy(false)
    }
  }

  return (
    <ModalDialog title="New draft" onCancel={onCancel}>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={title}
            autoFocus
            required
            maxLength={300}
            placeholder="e.g. Protection of critical infrastructure"
            aria-invalid={error ? true : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        {error && <ErrorMessage title="The draft was not created." error={error} />}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy || title.trim() === ''}>
            Create draft
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
