import { useCallback, useRef, useState } from 'react'
import type { ImportResult } from '../../../../shared/api'
import { IMPORTS_IN_FLIGHT } from '../../../../shared/import-limit'
import type { ImportItem } from './collect-files'
import { drainQueue } from './drain-queue'
import { importOne } from './import-one'

export interface ImportRun {
  /** 'cancelling' lasts until the files in flight are done. */
  phase: 'running' | 'cancelling' | 'finished' | 'cancelled'
  done: number
  total: number
  /** The earliest file still being read or imported. */
  current: string
  results: ImportResult[]
}

/** The sources table is refreshed at most this often while an import runs. */
const REFRESH_MS = 1500

/**
 * One import at a time, IMPORTS_IN_FLIGHT files in flight. Files added
 * while it runs join its queue; cancelling stops after the files in
 * flight, and what was imported stays. `refresh` re-reads the sources list
 * and reports its own errors.
 */
export function useImport(refresh: () => Promise<void>) {
  const [run, setRun] = useState<ImportRun | null>(null)
  const queue = useRef<ImportItem[]>([])
  const running = useRef(false)
  const cancelled = useRef(false)

  const drain = useCallback(async () => {
    let lastRefresh = Date.now()
    const inFlight: string[] = []
    await drainQueue(queue.current, IMPORTS_IN_FLIGHT, () => cancelled.current, async (item) => {
      inFlight.push(item.name)
      setRun((r) => r && { ...r, current: inFlight[0] ?? '' })
      const result = await importOne(item)
      inFlight.splice(inFlight.indexOf(item.name), 1)
      setRun((r) => r && { ...r, done: r.done + 1, current: inFlight[0] ?? '', results: [...r.results, result] })
      if (result.status === 'imported' && Date.now() - lastRefresh > REFRESH_MS) {
        lastRefresh = Date.now()
        void refresh()
      }
    })
    queue.current = []
    running.current = false
    const phase = cancelled.current ? 'cancelled' : 'finished'
    setRun((r) => r && { ...r, phase, current: '' })
    await refresh()
  }, [refresh])

  const start = useCallback(
    (items: ImportItem[]) => {
      if (items.length === 0) return
      queue.current.push(...items)
      if (running.current) {
        setRun((r) => r && { ...r, total: r.total + items.length })
        return
      }
      running.current = true
      cancelled.current = false
      setRun({ phase: 'running', done: 0, total: items.length, current: items[0]?.name ?? '', results: [] })
      void drain()
    },
    [drain],
  )

  const cancel = useCallback(() => {
    cancelled.current = true
    setRun((r) => r && (r.phase === 'running' ? { ...r, phase: 'cancelling' } : r))
  }, [])

  const close = useCallback(() => setRun(null), [])

  return { run, start, cancel, close }
}
