import { call } from '../../lib/api'

/**
 * Switches the window to another workspace: the core opens it (the old
 * one stays open if that fails, and the error is thrown), then the window
 * reloads, since every view, selection and undo step belonged to the old
 * workspace.
 */
export async function switchWorkspace(request: { mode: 'open'; path: string } | { mode: 'new'; path: string; name: string }): Promise<void> {
  if (request.mode === 'open') await call('workspace.open', { path: request.path })
  else await call('workspace.create', { path: request.path, ...(request.name.trim() ? { name: request.name } : {}) })
  window.location.reload()
}
