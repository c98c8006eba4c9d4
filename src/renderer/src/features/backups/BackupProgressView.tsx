import { useEffect, useState } from 'react'
import type { BackupProgress } from '../../../../shared/backups'
import { call } from '../../lib/api'

const POLL_MS = 250

/** The backup or restore under way, read every quarter second while it runs. */
function useBackupProgress(active: boolean): BackupProgress | null {
  const [progress, setProgress] = useState<BackupProgress | null>(null)
  useEffect(() => {
    if (!active) return
    let live = true
    const read = () =>
      call('backups.progress', {}).then(
        (p) => live && setProgress(p),
        () => undefined,
      )
    void read()
    const timer = setInterval(read, POLL_MS)
    return () => {
      live = false
      clearInterval(timer)
      setProgress(null)
    }
  }, [active])
  return progress
}

function describe(p: BackupProgress): string {
  const verb = p.action === 'backup' ? 'Backing up' : 'Restoring'
  if (p.phase === 'checking') return `${verb}: checking that the copy opens…`
  return `${verb}: ${p.done.toLocaleString()} of ${p.total.toLocaleString()} sources copied`
}

/**
 * A large workspace takes seconds to copy and check: this says how far it
 * has got, and offers to stop a backup (never a restore, which must finish
 * once begun; see backup/restore.ts).
 */
export function BackupProgressView({ active }: { active: boolean }) {
  const progress = useBackupProgress(active)
  const [asked, setAsked] = useState(false)
  if (!active || !progress) return null
  const copied = progress.phase === 'checking' ? progress.total : progress.done
  return (
    <div className="backup-progress" role="status" aria-label="Backup progress">
      <progress className="progress-bar" value={copied} max={Math.max(progress.total, 1)} aria-label={describe(progress)} />
      <span>{describe(progress)}</span>
      {progress.cancellable && (
        <button
          type="button"
          className="button"
          aria-disabled={asked}
          onClick={() => {
            if (asked) return
            setAsked(true)
            void call('backups.cancel', {})
          }}
        >
          {asked ? 'Cancelling…' : 'Cancel backup'}
        </button>
      )}
    </div>
  )
}
