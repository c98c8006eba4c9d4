import { useCallback, useEffect, useState } from 'react'
import type { ClippingRow, DraftSummary, SourceRow, WorkspaceInfo } from '../../../shared/api'
import type { AppErrorData } from '../../../shared/errors'
import type { Tag } from '../../../shared/model'
import { call } from './api'
import { useDataVersion } from './data-version'
import { toErrorData } from './errors'
import { shareRepeatedValues } from './shared-values'

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

/** How often the window asks how far the reading of a large workspace has got. */
const READING_POLL_MS = 200

async function loadWorkspace(): Promise<WorkspaceData> {
  const [info, sources, clippings, tags, drafts] = await Promise.all([
    call('workspace.info', {}),
    call('sources.list', {}),
    call('clippings.list', {}),
    call('codebook.list', {}),
    call('drafts.list', {}),
  ])
  return { info, sources, clippings: shareRepeatedValues(clippings), tags, drafts }
}

function allRead(data: WorkspaceData): WorkspaceState {
  const total = data.info.reading?.sourcesTotal
  return total === undefined ? { status: 'loaded', data } : { status: 'loaded', data: { ...data, info: { ...data.info, reading: { sourcesRead: total, sourcesTotal: total } } } }
}

/** The workspace lists every view reads, loaded once and refreshed after edits. */
export function useWorkspace() {
  const [state, setState] = useState<WorkspaceState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const dataVersion = useDataVersion()

  useEffect(() => {
    let live = true
    let poll: ReturnType<typeof setTimeout> | undefined
    const failed = (err: unknown) => live && setState({ status: 'error', error: toErrorData(err) })
    // While the workspace is still read, the lists hold its first sources: the
    // window shows them at once, follows the count, and reads all once all are in.
    const follow = () => {
      poll = setTimeout(() => {
        call('workspace.info', {}).then((info) => {
          if (!live) return
          if (info.reading) {
            setState((prev) => (prev.status === 'loaded' ? { status: 'loaded', data: { ...prev.data, info } } : prev))
            follow()
          } else {
            // Every source is read; the window says so while the whole lists come over.
            setState((prev) => (prev.status === 'loaded' ? allRead(prev.data) : prev))
            load()
          }
        }, failed)
      }, READING_POLL_MS)
    }
    const load = () => {
      loadWorkspace().then((data) => {
        if (!live) return
        setState({ status: 'loaded', data })
        if (data.info.reading) follow()
      }, failed)
    }
    load()
    return () => {
      live = false
      clearTimeout(poll)
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
