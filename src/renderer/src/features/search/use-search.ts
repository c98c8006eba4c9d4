import { useEffect, useRef, useState } from 'react'
import type { SearchResponse } from '../../../../shared/api'
import type { AppErrorData } from '../../../../shared/errors'
import { call } from '../../lib/api'
import { toErrorData } from '../../lib/errors'

export type SearchState =
  | { status: 'idle' }
  | { status: 'loaded'; response: SearchResponse }
  | { status: 'error'; error: AppErrorData }

const DEBOUNCE_MS = 150
const PARTIAL_RETRY_MS = 1000

/**
 * Searches as the user types, 150 ms after the last key; `now()` searches at
 * once (Enter). Only the newest query's answer is shown, whatever order the
 * answers arrive in.
 */
export function useSearch(query: string) {
  const [state, setState] = useState<SearchState>({ status: 'idle' })
  const [pending, setPending] = useState(false)
  const latest = useRef(0)
  const sent = useRef<string | null>(null)

  const run = (q: string) => {
    const trimmed = q.trim()
    if (sent.current === trimmed) return
    sent.current = trimmed
    const ticket = ++latest.current
    if (trimmed === '') {
      setState({ status: 'idle' })
      setPending(false)
      return
    }
    setPending(true)
    call('search.query', { query: trimmed, limit: 100 }).then(
      (response) => {
        if (ticket !== latest.current) return
        setState({ status: 'loaded', response })
        setPending(false)
      },
      (err: unknown) => {
        if (ticket !== latest.current) return
        setState({ status: 'error', error: toErrorData(err) })
        setPending(false)
      },
    )
  }
  const runRef = useRef(run)
  useEffect(() => {
    runRef.current = run
  })

  useEffect(() => {
    const timer = setTimeout(() => runRef.current(query), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query])

  // While the index is still being built, ask again until the answer is complete.
  useEffect(() => {
    if (state.status !== 'loaded' || !state.response.partial) return
    const timer = setTimeout(() => {
      sent.current = null
      runRef.current(query)
    }, PARTIAL_RETRY_MS)
    return () => clearTimeout(timer)
  }, [state, query])

  function now() {
    sent.current = null
    run(query)
  }

  return { state, pending, now }
}
