import { createRequire } from 'node:module'

/**
 * The path of the Electron binary, or null when it is not installed
 * (requiring 'electron' throws "Electron failed to install correctly").
 */
export function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron')
    return typeof path === 'string' ? path : null
  } catch {
    return null
  }
}
