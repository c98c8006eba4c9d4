import { useState } from 'react'
import type { WorkspaceUpgrade } from '../../../shared/api'
import { formatDateTime } from '../lib/format'

/**
 * Says once, on the start that did it, that the workspace was migrated to a
 * newer format, and where the copy of it as it was lives: the user may
 * need it to open the workspace with the older release again.
 */
export function WorkspaceUpgraded({ upgrade, onShowBackups }: { upgrade: WorkspaceUpgrade | null; onShowBackups: () => void }) {
  const [dismissed, setDismissed] = useState(false)
  if (!upgrade || dismissed) return null
  return (
    <section className="notice notice-info notice-row" role="status" aria-label="Workspace upgraded">
      <div>
        <p className="notice-title">
          This workspace was upgraded from format {upgrade.from} to format {upgrade.to}.
        </p>
        <p className="notice-body">
          Everything it held is here. A copy as it was is kept in the backup taken{' '}
          <time dateTime={upgrade.backupTakenAt} title={upgrade.backupId}>
            {formatDateTime(upgrade.backupTakenAt)}
          </time>
          , which is never rotated away; older releases of Clausewright open only that copy.
        </p>
      </div>
      <div className="notice-actions">
        <button type="button" className="button" onClick={onShowBackups}>
          Show backups
        </button>
        <button type="button" className="button" onClick={() => setDismissed(true)}>
          Dismiss
        </button>
      </div>
    </section>
  )
}
