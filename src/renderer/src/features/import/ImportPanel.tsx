import { useEffect, useId, useRef } from 'react'
import { countOf } from '../../lib/format'
import { ImportResults } from './ImportResults'
import type { ImportRun } from './use-import'

interface Props {
  run: ImportRun
  onCancel: () => void
  onClose: () => void
  onOpenSource: (id: string) => void
}

function summary(run: ImportRun): string {
  const count = (status: string) => run.results.filter((r) => r.status === status).length
  const duplicates = count('duplicate')
  return [
    `${count('imported')} imported`,
    `${countOf(duplicates, 'duplicate', 'duplicates')}`,
    `${count('failed')} failed`,
  ].join(' · ')
}

/**
 * Non-modal on purpose: the user keeps reading and working while files are
 * imported, and the tables fill in as sources arrive.
 */
export function ImportPanel({ run, onCancel, onClose, onOpenSource }: Props) {
  const id = useId()
  const active = run.phase === 'running' || run.phase === 'cancelling'
  const heading = active ? 'Importing' : run.phase === 'cancelled' ? 'Import cancelled' : 'Import finished'
  const panelRef = useRef<HTMLElement>(null)

  // When the work ends, the keyboard lands on the first source to open (else Close), and Escape closes.
  useEffect(() => {
    if (active) return
    const panel = panelRef.current
    ;(panel?.querySelector<HTMLElement>('.link-button') ?? panel?.querySelector<HTMLElement>('.button-primary'))?.focus()
  }, [active])

  return (
    <section
      ref={panelRef}
      className="import-panel"
      role="dialog"
      aria-label="Import"
      aria-describedby={`${id}-status`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !active) {
          e.preventDefault()
          onClose()
        }
      }}
    >
      <h2 className="import-heading">{heading}</h2>
      {active ? (
        <>
          <progress
            className="progress-bar"
            aria-label="Import progress"
            max={run.total}
            value={run.done}
            aria-valuenow={run.done}
            aria-valuemax={run.total}
            aria-valuemin={0}
          />
          <p className="import-now" id={`${id}-status`}>
            {run.done} of {run.total}
            {run.current && (
              <>
                {' · '}
                <span dir="auto">{run.current}</span>
              </>
            )}
          </p>
          <div className="dialog-buttons">
            <button type="button" className="button" onClick={onCancel} aria-disabled={run.phase === 'cancelling'}>
              {run.phase === 'cancelling' ? 'Cancelling…' : 'Cancel'}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="import-summary" id={`${id}-status`} role="status">
            {summary(run)}
            {run.phase === 'cancelled' && <span className="muted"> · {run.total - run.done} not read</span>}
          </p>
          <ImportResults results={run.results} onOpenSource={onOpenSource} />
          <div className="dialog-buttons">
            <button type="button" className="button button-primary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </section>
  )
}
