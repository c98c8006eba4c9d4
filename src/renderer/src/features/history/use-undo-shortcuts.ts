import { useEffect } from 'react'
import { redo, undo } from './history'

/** Fields keep their own undo for typing: Ctrl+Z there must not undo a workspace operation. */
function typingIn(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false
  if (el.isContentEditable || el.tagName === 'TEXTAREA') return true
  if (el.tagName !== 'INPUT') return false
  const type = (el as HTMLInputElement).type
  return !['button', 'checkbox', 'radio', 'color', 'range', 'submit', 'reset', 'file'].includes(type)
}

/**
 * Ctrl/Cmd+Z undoes the last workspace operation; Ctrl/Cmd+Shift+Z and
 * Ctrl+Y redo it. Bound once, at the app level.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return
      if (typingIn(e.target) || document.querySelector('dialog[open]:modal')) return
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
