import { useId, useRef, useState, type KeyboardEvent } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import { toErrorData } from '../../lib/errors'

interface Props {
  label: string
  initial: string
  multiline?: boolean
  placeholder?: string
  /** Saves the value; a rejection keeps the editor open with the reason beside it. */
  onSave: (value: string) => Promise<unknown>
  onClose: () => void
}

/** Enter saves (Shift+Enter is a new line in a description), Escape cancels, leaving the field saves. */
export function InlineEdit({ label, initial, multiline = false, placeholder, onSave, onClose }: Props) {
  const id = useId()
  const [value, setValue] = useState(initial)
  const [error, setError] = useState<AppErrorData | null>(null)
  const done = useRef(false)

  async function commit() {
    if (done.current) return
    if (value === initial) {
      done.current = true
      onClose()
      return
    }
    done.current = true
    try {
      await onSave(value)
      onClose()
    } catch (err) {
      done.current = false
      setError(toErrorData(err))
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
      e.preventDefault()
      void commit()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      done.current = true
      onClose()
    }
  }

  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    value,
    placeholder,
    dir: 'auto' as const,
    autoFocus: true,
    onKeyDown,
    onBlur: () => void commit(),
  }
  return (
    <div className="inline-edit">
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => setValue(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => setValue(e.target.value)} onFocus={(e) => e.target.select()} />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error.message.replace(/^[\w.]+: /, '')}
        </p>
      )}
    </div>
  )
}
