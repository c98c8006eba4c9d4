import type { RecentWorkspace } from '../../../../shared/api'
import { formatDateTime } from '../../lib/format'

interface Props {
  workspaces: readonly RecentWorkspace[]
  busy: boolean
  onOpen: (workspace: RecentWorkspace) => void
  onForget: (workspace: RecentWorkspace) => void
}

/** The recent workspaces, most recent first: the one open now, the ones to open, and the missing ones to remove. */
export function RecentWorkspaceList({ workspaces, busy, onOpen, onForget }: Props) {
  return (
    <div className="dialog-table-scroll workspace-recent-scroll" tabIndex={-1}>
      <table className="dialog-table workspace-recent-table" aria-label="Recent workspaces">
        <thead>
          <tr>
            <th scope="col">Workspace</th>
            <th scope="col">Last opened</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {workspaces.map((w) => (
            <tr key={w.path} className={w.missing ? 'workspace-missing' : undefined}>
              <td>
                <span className="workspace-recent-name" dir="auto">
                  {w.name}
                </span>
                {w.current && <span className="workspace-badge">open now</span>}
                {w.missing && <span className="workspace-badge workspace-badge-missing">missing</span>}
                <code className="workspace-recent-path">{w.path}</code>
              </td>
              <td className="workspace-recent-when">
                <time dateTime={w.openedAt}>{formatDateTime(w.openedAt)}</time>
              </td>
              <td className="workspace-recent-actions">
                {!w.current && !w.missing && (
                  <button type="button" className="button button-small" disabled={busy} aria-label={`Open ${w.name}`} onClick={() => onOpen(w)}>
                    Open
                  </button>
                )}
                {!w.current && (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    aria-label={`Remove ${w.name} from the list`}
                    title="Remove from the list (the folder is not touched)"
                    onClick={() => onForget(w)}
                  >
                    Remove
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
