import { useEffect, useState } from 'react'
import { dismissToast, useToast } from './toast'
import '../../styles/history.css'

const PLAIN_MS = 4000
// Long enough to reach the action from the keyboard.
const WITH_ACTION_MS = 10000

/** Renders the toast of showToast(); mounted once, at the app's root. */
export function Toaster() {
  const toast = useToast()
  const [held, setHeld] = useState(false)

  useEffect(() => {
    if (!toast || held) return
    const timer = window.setTimeout(() => dismissToast(toast.id), toast.action ? WITH_ACTION_MS : PLAIN_MS)
    return () => window.clearTimeout(timer)
  }, [toast, held])

  // The live region stays in the document, so that screen readers announce each new message.
  return (
    <div
      className="toast-region"
      role="status"
      aria-label="Notification"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {toast && (
        <div className="toast" key={toast.id}>
          <span className="toast-message">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                dismissToast(toast.id)
                toast.action?.run()
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismissToast(toast.id)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  )
}
