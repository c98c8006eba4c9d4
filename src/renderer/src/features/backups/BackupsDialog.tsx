import { useState } from 'react'
import { BACKUP_POLICY, type BackupInfo } from '../../../../shared/backups'
import type { AppErrorData } from '../../../../shared/errors'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ModalDialog } from '../../components/ModalDialog'
import { call } from '../../lib/api'
import { bumpDataVersion } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { formatDateTime } from '../../lib/format'
import '../../styles/backups.css'
import { BackupList } from './BackupList'
import { BackupProgressView } from './BackupProgressView'
import { contentsLabel } from './backup-labels'
import { useBackups } from './use-backups'

interface Props {
  onClose: () => void
}

const { keepRecent, keepDays, keepWeeks, intervalMinutes } = BACKUP_POLICY

/**
 * Lists the workspace's backups, takes one on request, and restores one
 * after a confirmation that says the current state is backed up first.
 * A restore replaces everything the views show, so every view reloads.
 */
export function BackupsDialog({ onClose }: Props) {
  const { state, reload } = useBackups()
  const [confirming, setConfirming] = useState<BackupInfo | null>(null)
  const [busy, setBusy] = useState<'create' | 'restore' | null>(null)
  const [failure, setFailure] = useState<{ title: string; error: AppErrorData } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  async function run(kind: 'create' | 'restore', work: () => Promise<string>) {
    if (busy) return
    setBusy(kind)
    setFailure(null)
    setNotice(null)
    try {
      setNotice(await work())
    } catch (err) {
      const error = toErrorData(err)
      if (error.code === 'cancelled') setNotice(error.message)
      else setFailure({ title: kind === 'create' ? 'No backup was taken.' : 'The backup was not restored.', error })
    } finally {
      setBusy(null)
      reload()
    }
  }

  function confirm(backup: BackupInfo) {
    setFailure(null)
    setNotice(null)
    setConfirming(backup)
  }

  const backUpNow = () =>
    run('create', async () => {
      const backup = await call('backups.create', {})
      return `Backed up: ${contentsLabel(backup)}.`
    })

  const restore = (backup: BackupInfo) =>
    run('restore', async () => {
      try {
        const { before } = await call('backups.restore', { id: backup.id })
        return `Restored the backup of ${formatDateTime(backup.createdAt)}. The state before it is kept as the backup of ${formatDateTime(before.createdAt)}.`
      } finally {
        setConfirming(null)
        // Even a failed restore may have replaced files: every view reads the workspace again.
        bumpDataVersion()
      }
    })

  return (
    <ModalDialog title={confirming ? 'Restore a backup' : 'Backups'} onCancel={onClose} wide>
      {confirming ? (
        <>
          <p className="dialog-text">
            Restore the backup of <strong>{formatDateTime(confirming.createdAt)}</strong> ({contentsLabel(confirming)})? The
            workspace's sources, clippings, tags, saved views and drafts are replaced by the backup's, and the undo history starts
            afresh.
          </p>
          <p className="dialog-text">
            The current state is backed up first, so you can go back to it by restoring that backup.
          </p>
          <BackupProgressView active={busy !== null} />
          <div className="dialog-buttons">
            <button type="button" className="button" onClick={() => setConfirming(null)} disabled={busy !== null}>
              Cancel
            </button>
            <button type="button" className="button button-primary" autoFocus aria-disabled={busy !== null} onClick={() => void restore(confirming)}>
              {busy === 'restore' ? 'Restoring…' : 'Back up current state and restore'}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="dialog-text muted">
            The workspace is backed up by itself while it changes: {intervalMinutes} minutes after a change (at most once every{' '}
            {intervalMinutes} minutes) and when the app closes. The {keepRecent} most recent backups are kept, and the newest of each
            of the last {keepDays} days and of each of the last {keepWeeks} weeks; one taken before a format upgrade stays until you remove it.
          </p>
          {notice && (
            <p className="backups-notice" role="status">
              {notice}
            </p>
          )}
          <BackupProgressView active={busy !== null} />
          {failure && <ErrorMessage title={failure.title} error={failure.error} />}
          {state.status === 'loading' && <p className="muted">Loading backups…</p>}
          {state.status === 'error' && <ErrorMessage title="The backups could not be listed." error={state.error} />}
          {state.status === 'loaded' && state.data.length === 0 && (
            <p className="dialog-text">No backups yet. The first comes {intervalMinutes} minutes after your first change, or now with Back up now.</p>
          )}
          {state.status === 'loaded' && state.data.length > 0 && (
            <BackupList backups={state.data} busy={busy !== null} onRestore={confirm} />
          )}
          <div className="dialog-buttons">
            <button type="button" className="button" onClick={() => void backUpNow()} aria-disabled={busy !== null}>
              {busy === 'create' ? 'Backing up…' : 'Back up now'}
            </button>
            <button type="button" className="button button-primary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  )
}
