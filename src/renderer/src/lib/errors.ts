import { AppError, type AppErrorData } from '../../../shared/errors'

/** Turns anything a call can throw into data the UI can show. */
export function toErrorData(err: unknown): AppErrorData {
  if (err instanceof AppError) return err.toData()
  const message = err instanceof Error ? err.message : String(err)
  return { code: 'internal', message: message || 'Something went wrong.' }
}
