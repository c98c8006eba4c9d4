import { useEffect, useState } from 'react'
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api'
import type { AppErrorData } from '../../../shared/errors'
import { call } from './api'
import { useDataVersion } from './data-version'
import { toErrorData } from './errors'

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; data: T }
  | { status: 'error'; error: AppErrorData }

type Settled<T> = { key: string; state: QueryState<T> }

/**
 * Loads one call's result and reloads when its input changes; null input
 * means nothing to load. Results of an older input are ignored, so a fast
 * change of selection never shows the wrong row's details.
 */
export function useQuery<M extends ApiMethod>(
  method: M,
  input: ApiInput<M> | null,
): QueryState<ApiOutput<M>> | null {
  const inputJson = input === null ? null : JSON.stringify(input)
  const dataVersion = useDataVersion()
  const key = `${method} ${inputJson}`
  const [settled, setSettled] = useState<Settled<ApiOutput<M>> | null>(null)

  useEffect(() => {
    if (inputJson === null) return
    const thisKey = `${method} ${inputJson}`
    let live = true
    call(method, JSON.parse(inputJson) as ApiInput<M>).then(
      (data) => live && setSettled({ key: thisKey, state: { status: 'loaded', data } }),
      (err: unknown) => live && setSettled({ key: thisKey, state: { status: 'error', error: toErrorData(err) } }),
    )
    return () => {
      live = false
    }
  }, [method, inputJson, dataVersion])

  if (inputJson === null) return null
  if (settled === null || settled.key !== key) return { status: 'loading' }
  return settled.state
}
