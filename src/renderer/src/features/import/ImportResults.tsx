import type { ImportResult } from '../../../../shared/api'
import { DuplicateIcon, FailedIcon, ImportedIcon, WarningIcon } from '../../components/Icons'

const order = { failed: 0, duplicate: 1, imported: 2 } as const

interface Props {
  results: readonly ImportResult[]
  onOpenSource: (id: string) => void
}

/** Failures first, since they need the user; each row says what happened in words, not only an icon. */
export function ImportResults({ results, onOpenSource }: Props) {
  const sorted = [...results].sort((a, b) => order[a.status] - order[b.status])
  return (
    <ul className="import-results" aria-label="Import results" tabIndex={0}>
      {sorted.map((r, i) => (
        <li key={i} className={`import-result import-${r.status}`}>
          {r.status === 'failed' ? <FailedIcon /> : r.status === 'duplicate' ? <DuplicateIcon /> : <ImportedIcon />}
          <div className="import-result-body">
            <p className="import-result-line">
              <span className="import-status">{r.status === 'failed' ? 'Failed' : r.status === 'duplicate' ? 'Duplicate' : 'Imported'}</span>{' '}
              <span className="import-name" dir="auto">
                {r.name}
              </span>
            </p>
            {r.status === 'failed' && <p className="import-detail">{r.reason}</p>}
            {r.status === 'duplicate' && (
              <p className="import-detail">
                same text as{' '}
                <button type="button" className="link-button" dir="auto" onClick={() => onOpenSource(r.duplicateOf.id)}>
                  “{r.duplicateOf.title}”
                </button>
              </p>
            )}
            {r.status === 'imported' && (
              <>
                <p className="import-detail">
                  <button type="button" className="link-button" dir="auto" onClick={() => onOpenSource(r.source.id)}>
                    {r.source.title}
                  </button>
                </p>
                {r.warnings.length > 0 && (
                  <ul className="import-warnings" aria-label="Warnings">
                    {r.warnings.map((w, j) => (
                      <li key={j}>
                        <WarningIcon />
                        <span>{w}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  )
}
