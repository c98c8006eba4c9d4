import type { AppErrorData } from '../../../shared/errors'

interface Props {
  error: AppErrorData
  /** Lead-in that says what failed, e.g. "Could not load this source." */
  title?: string
}

/** An AppError as the user should read it: what went wrong, then what to do. */
export function ErrorMessage({ error, title }: Props) {
  return (
    <div className="error-message" role="alert">
      {title && <p className="error-title">{title}</p>}
      <p className="error-text">{error.message}</p>
      {error.hint && <p className="error-hint">{error.hint}</p>}
    </div>
  )
}
