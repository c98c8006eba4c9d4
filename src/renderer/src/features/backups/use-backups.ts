import { useCallback, useEffect, useState } from 'react'
import type { BackupInfo } from '../../../../shared/backups'
import { call } from '../../lib/api'
import { useDataVersion } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import type { QueryState } from '../../lib/use-query'

/**
 * The workspace's backups, reloaded after a restore (the data version) and
 * on request: taking a backup changes no workspace data, so it reloads only
 * this list rather than every view.
 */
export function useBackups(): { state: QueryState<BackupInfo[]>; reload: () => void } {
  const [state, setState] = useState<QueryState<BackupInfo[]>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const dataVersion = useDataVersion()

  useEffect(() => {
    let live = true
    call('backups.list', {}).then(
      (data) => live && setState({ status: 'loaded', data }),
      (err: unknown) => live && setState({ status: 'error', error: toErrorData(err) }),
    )
    return () => {
      live = false
    }
  }, [attempt, dataVersion])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, reload }
}
