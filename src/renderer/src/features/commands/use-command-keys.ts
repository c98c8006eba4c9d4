import { useEffect, useRef } from 'react'
import { isTyping } from '../../lib/typing'
import type { Command } from './command'

/** Does this key event press `keys` ("Ctrl+Shift+F", "?", "Ctrl+1")? Cmd stands for Ctrl on macOS. */
export function pressed(e: KeyboardEvent, keys: string): boolean {
  const parts = keys.split('+')
  const key = parts.pop() as string
  const wantCtrl = parts.includes('Ctrl')
  const wantShift = parts.includes('Shift')
  const wantAlt = parts.includes('Alt')
  if ((e.ctrlKey || e.metaKey) !== wantCtrl || e.altKey !== wantAlt) return false
  // "?" is Shift+/ on most layouts: the character decides, not the Shift key.
  if (key.length === 1 && !/[a-z0-9]/i.test(key)) return e.key === key
  if (e.shiftKey !== wantShift) return false
  return /^\d$/.test(key) ? e.code === `Digit${key}` : e.key.toLowerCase() === key.toLowerCase()
}

/**
 * Binds the shortcuts of these commands on the window. Shortcuts without
 * Ctrl do nothing while the user types in a field; none fires over a modal
 * dialog, where leaving the view would lose what the dialog holds.
 */
export function useCommandKeys(commands: readonly Command[]): void {
  const latest = useRef(commands)
  useEffect(() => {
    latest.current = commands
  })
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || document.querySelector('dialog[open]:modal')) return
      for (const command of latest.current) {
        if (!command.keys || !pressed(e, command.keys)) continue
        if (!command.keys.includes('Ctrl') && isTyping(e.target)) return
        e.preventDefault()
        command.run()
        return
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
