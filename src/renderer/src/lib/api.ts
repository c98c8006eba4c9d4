import type { ApiInput, ApiMethod, ApiOutput, WindowApi } from '../../../shared/api'
import { AppError } from '../../../shared/errors'

declare global {
  interface Window {
    api: WindowApi
  }
}

/** Calls one operation of the core; errors arrive as data and are rethrown as AppError. */
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const fn = window.api[method] as (input: ApiInput<M>) => ReturnType<WindowApi[M]>
  const result = await fn(input)
  if (!result.ok) throw new AppError(result.error)
  return result.data as ApiOutput<M>
}
