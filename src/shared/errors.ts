/** Error codes that cross the boundary between core and its callers. */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'duplicate'
  | 'newer-format'
  | 'workspace-invalid'
  | 'io-failed'
  | 'forbidden'
  | 'internal'
  | 'cancelled'

/** An error as plain data, so that it survives IPC and can be shown as is. */
export interface AppErrorData {
  code: ErrorCode
  message: string
  /** What the user can do about it. */
  hint?: string
  /** The input field or file the error is about, when there is one. */
  field?: string
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData }

export class AppError extends Error {
  readonly code: ErrorCode
  readonly hint: string | undefined
  readonly field: string | undefined

  constructor(data: AppErrorData) {
    super(data.message)
    this.name = 'AppError'
    this.code = data.code
    this.hint = data.hint
    this.field = data.field
  }

  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message }
    if (this.hint !== undefined) data.hint = this.hint
    if (this.field !== undefined) data.field = this.field
    return data
  }
}
