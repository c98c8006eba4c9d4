import type { ApiInput, ApiMethod, ApiOutput, WindowApi, WindowEvents } from '../../../shared/api'
import { AppError, type Result } from '../../../shared/errors'

declare global {
  interface Window {
    api: WindowApi & WindowEvents
  }
}

/** Calls one operation of the core; errors arrive as data and are rethrown as AppError. */
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  // TypeScript cannot narrow a union of functions by a generic key; the
  // contract guarantees this signature.
  const fn = window.api[method] as unknown as (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>>
  const result = await fn(input)
  if (!result.ok) throw new AppError(result.error)
  return result.data
}

/** Runs `run` with the id of each native menu item the user chooses; returns the unsubscribe. A host without a native menu never calls it. */
export function onMenuCommand(run: (commandId: string) => void): () => void {
  return window.api.onMenuCommand?.(run) ?? (() => undefined)
}
