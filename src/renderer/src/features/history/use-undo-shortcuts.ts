import { useEffect } from 'react'
import { isTyping } from '../../lib/typing'
import { redo, undo } from './history'

/**
 * Ctrl/Cmd+Z undoes the last workspace operation; Ctrl/Cmd+Shift+Z and
 * Ctrl+Y redo it. Bound once, at the app level.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      // Fields keep their own undo for typing: Ctrl+Z there must not undo a workspace operation.
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return
      if (isTyping(e.target) || document.querySelector('dialog[open]:modal')) return
      const key = e.key.toLowerCase()
      const isUndo = key === 'z' && !e.shiftKey
      const isRedo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey && !e.metaKey)
      if (!isUndo && !isRedo) return
      e.preventDefault()
      if (e.repeat) return
      void (isUndo ? undo() : redo())
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
