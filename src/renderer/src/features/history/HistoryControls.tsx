import { displayKeys } from '../../lib/keys'
import { useQuery } from '../../lib/use-query'
import { redo, undo } from './history'
import { useUndoShortcuts } from './use-undo-shortcuts'
import '../../styles/history.css'

const undoKeys = displayKeys('Ctrl+Z')
const redoKeys = displayKeys('Ctrl+Shift+Z')

/** Undo and Redo in the top bar, naming what they would do; also binds their keys. */
export function HistoryControls() {
  useUndoShortcuts()
  // Reloads with every change of the data, so the labels follow each operation.
  const history = useQuery('history.state', {})
  const state = history?.status === 'loaded' ? history.data : null

  const button = (label: 'Undo' | 'Redo', operation: string | null | undefined, keys: string, run: () => Promise<void>) => {
    const description = operation ? `${label} ${operation}` : `Nothing to ${label.toLowerCase()}`
    return (
      <button
        type="button"
        className="topbar-button"
        disabled={!operation}
        title={`${description} (${keys})`}
        aria-description={description}
        aria-keyshortcuts={label === 'Undo' ? 'Control+Z Meta+Z' : 'Control+Shift+Z Control+Y Meta+Shift+Z'}
        onClick={() => void run()}
      >
        <span aria-hidden="true" className="topbar-button-icon">
          {label === 'Undo' ? '↶' : '↷'}
        </span>
        {label}
      </button>
    )
  }

  return (
    <div className="history-controls" role="group" aria-label="History">
      {button('Undo', state?.undoLabel, undoKeys, undo)}
      {button('Redo', state?.redoLabel, redoKeys, redo)}
    </div>
  )
}
