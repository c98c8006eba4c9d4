import { useCallback, useEffect, useState } from 'react'
import type { ClippingRow, DraftSummary, SourceRow, WorkspaceInfo } from '../../../shared/api'
import type { AppErrorData } from '../../../shared/errors'
import type { Tag } from '../../../shared/model'
import { call } from './api'
import { useDataVersion } from './data-version'
import { toErrorData } from './errors'

export interface WorkspaceData {
  info: WorkspaceInfo
  sources: SourceRow[]
  clippings: ClippingRow[]
  tags: Tag[]
  drafts: DraftSummary[]
}

export type WorkspaceState =
  | { status: 'loading' }
  | { status: 'loaded'; data: WorkspaceData }
  | { status: 'error'; error: AppErrorData }

async function loadWorkspace(): Promise<WorkspaceData> {
  const [info, sources, clippings, tags, drafts] = await Promise.all([
    call('workspace.info', {}),
    call('sources.list', {}),
    call('clippings.list', {}),
    call('codebook.list', {}),
    call('drafts.list', {}),
  ])
  return { info, sources, clippings, tags, drafts }
}

/** The workspace lists every view reads, loaded once and refreshed after edits. */
export function useWorkspace() {
  const [state, setState] = useState<WorkspaceState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const dataVersion = useDataVersion()

  useEffect(() => {
    let live = true
    loadWorkspace().then(
      (data) => live && setState({ status: 'loaded', data }),
      (err: unknown) => live && setState({ status: 'error', error: toErrorData(err) }),
    )
    return () => {
      live = false
    }
  }, [attempt, dataVersion])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])

  /** Re-reads the sources and the counts after a source was added. */
  const refreshSources = useCallback(async () => {
    const [info, sources] = await Promise.all([call('workspace.info', {}), call('sources.list', {})])
    setState((prev) => (prev.status === 'loaded' ? { status: 'loaded', data: { ...prev.data, info, sources } } : prev))
  }, [])

  return { state, retry, refreshSources }
}
