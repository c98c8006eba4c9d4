import { useEffect, useState } from 'react'
import type { ReextractPlan } from '../../../../shared/api'
import type { AppErrorData } from '../../../../shared/errors'
import type { Source } from '../../../../shared/model'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ModalDialog } from '../../components/ModalDialog'
import { call } from '../../lib/api'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { countOf } from '../../lib/format'
import { showToast } from '../history/toast'

interface Props {
  source: Source
  onClose: () => void
  /** The text was replaced: the reader must load it again. */
  onReextracted: () => void
}

/**
 * Reads a source again from its original file with today's extractors:
 * first what that would do to its text and clippings, then, confirmed, does
 * it. Refused while any clipping would lose its quote.
 */
export function ReextractDialog({ source, onClose, onReextracted }: Props) {
  const [plan, setPlan] = useState<ReextractPlan | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [pending, setPending] = useState(false)

  useEffect(() => {
    let live = true
    call('sources.previewReextract', { id: source.id }).then(
      (p) => live && setPlan(p),
      (err: unknown) => live && setError(toErrorData(err)),
    )
    return () => {
      live = false
    }
  }, [source.id])

  async function apply() {
    if (!plan || pending) return
    setPending(true)
    setError(null)
    try {
      await mutate('sources.reextract', { id: source.id, textHash: plan.textHash })
      showToast(`Re-extracted "${source.title}". The backup "Before a re-extraction" holds the previous text; undo starts afresh.`)
      onReextracted()
      onClose()
    } catch (err) {
      setError(toErrorData(err))
      setPending(false)
    }
  }

  const blocked = plan !== null && (plan.unchanged || plan.orphans.length > 0)
  return (
    <ModalDialog title="Re-extract text" onCancel={onClose} wide>
      <p className="dialog-text">
        Reads <strong dir="auto">{source.title}</strong> again from the file kept at import, and finds each of its clippings in the new text.
      </p>
      {plan === null && !error && <p className="dialog-text muted">Reading the original file…</p>}
      {plan && plan.unchanged && <p className="dialog-text">The original gives the text the source has now. There is nothing to change.</p>}
      {plan && !plan.unchanged && (
        <ul className="dialog-text reextract-summary" aria-label="What re-extracting changes">
          <li>
            The new text has {plan.newLength.toLocaleString()} characters (now {plan.oldLength.toLocaleString()}).
          </li>
          <li>{countOf(plan.kept, 'clipping is found where it was', 'clippings are found where they were')}.</li>
          <li>{countOf(plan.moved, 'clipping moves to where its quote now is', 'clippings move to where their quotes now are')}.</li>
          {plan.orphans.length > 0 && (
            <li className="field-error">{countOf(plan.orphans.length, 'clipping quotes', 'clippings quote')} text the new extraction no longer has:</li>
          )}
        </ul>
      )}
      {plan && plan.orphans.length > 0 && (
        <>
          <ul className="notice-list reextract-orphans" tabIndex={0} aria-label="Clippings that would be orphaned">
            {plan.orphans.map((o) => (
              <li key={o.id} dir="auto">
                “{o.quote}”
              </li>
            ))}
          </ul>
          <p className="dialog-text">Delete those clippings (copy what you need from them first), then re-extract. Nothing was changed.</p>
        </>
      )}
      {plan && !blocked && (
        <p className="dialog-text muted">This cannot be undone: a backup of the workspace is taken just before, and the undo history starts afresh.</p>
      )}
      {error && <ErrorMessage title="The source was not re-extracted." error={error} />}
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onClose}>
          {blocked || error ? 'Close' : 'Cancel'}
        </button>
        {plan && !blocked && (
          <button type="button" className="button button-primary" aria-disabled={pending} onClick={() => void apply()}>
            Re-extract
          </button>
        )}
      </div>
    </ModalDialog>
  )
}
