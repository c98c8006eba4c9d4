import { useSyncExternalStore } from 'react'
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api'
import { call } from './api'

// One counter for "the workspace changed": every mutation bumps it, and
// every query that reads workspace data reloads when it moves. Simple and
// always correct; finer-grained invalidation can come when it is measured.
let version = 0
const listeners = new Set<() => void>()

export function bumpDataVersion(): void {
  version++
  for (const listener of listeners) listener()
}

/** The current data version; components re-render (and queries reload) when it changes. */
export function useDataVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => version,
  )
}

/** Calls an operation that changes the workspace, then tells every view to reload. */
export async function mutate<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  try {
    return await call(method, input)
  } finally {
    // Even a failed call may have changed something (a partial bulk edit): reload to be sure.
    bumpDataVersion()
  }
}
