import type { SaveState } from './use-clipping-save'

/** "Saved", "Saving…" or why not, announced politely as the user works. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.status === 'saving'
      ? 'Saving…'
      : state.status === 'saved'
        ? 'Saved'
        : state.status === 'error'
          ? `Not saved: ${state.error.message}`
          : ''
  return (
    <p className={state.status === 'error' ? 'save-status save-status-error' : 'save-status'} role="status">
      {text}
      {state.status === 'error' && state.error.hint && <span className="save-hint"> {state.error.hint}</span>}
    </p>
  )
}
