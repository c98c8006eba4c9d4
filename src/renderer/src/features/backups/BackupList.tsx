import { formatSize, type BackupInfo } from '../../../../shared/backups'
import { formatDateTime } from '../../lib/format'
import { contentsLabel, keepLabel, triggerLabel } from './backup-labels'

interface Props {
  backups: BackupInfo[]
  busy: boolean
  onRestore: (backup: BackupInfo) => void
}

/** The backups, newest first, each with what it holds and a Restore button. */
export function BackupList({ backups, busy, onRestore }: Props) {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return (
    <div className="dialog-table-scroll backups-scroll" tabIndex={-1}>
      <table className="dialog-table backups-table" aria-label="Backups">
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Kept as</th>
            <th scope="col">Made by</th>
            <th scope="col">Contents</th>
            <th scope="col" className="backups-size">
              Size
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((backup) => (
            <tr key={backup.id}>
              <td className="backups-when">
                <time dateTime={backup.createdAt} title={backup.id}>
                  {formatDateTime(backup.createdAt)}
                </time>
              </td>
              <td>{keepLabel(backup.keepReason)}</td>
              <td>{triggerLabel(backup.trigger)}</td>
              <td>{contentsLabel(backup)}</td>
              <td className="backups-size">{formatSize(backup.bytes)}</td>
              <td className="backups-action">
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  aria-label={`Restore the backup of ${formatDateTime(backup.createdAt)}`}
                  onClick={() => onRestore(backup)}
                >
                  Restore…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
