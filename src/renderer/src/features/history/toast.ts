import { useSyncExternalStore } from 'react'

export interface ToastAction {
  label: string
  run: () => void
}

export interface ToastMessage {
  id: number
  message: string
  action?: ToastAction
}

let current: ToastMessage | null = null
let nextId = 1
const listeners = new Set<() => void>()

function emit(): void {
  for (const listener of listeners) listener()
}

/**
 * Shows a brief, non-blocking message at the bottom of the window, e.g.
 * showToast('Clipping deleted', { label: 'Undo', run: undo }). A new message
 * replaces the one on screen.
 */
export function showToast(message: string, action?: ToastAction): void {
  current = { id: nextId++, message, action }
  emit()
}

export function dismissToast(id: number): void {
  if (current?.id !== id) return
  current = null
  emit()
}

export function useToast(): ToastMessage | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}
