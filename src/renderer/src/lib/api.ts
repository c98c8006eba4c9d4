import type { ApiInput, ApiMethod, ApiOutput, WindowApi } from '../../../shared/api'
import { AppError, type Result } from '../../../shared/errors'

declare global {
  interface Window {
    api: WindowApi
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
