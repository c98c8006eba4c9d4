import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * The path of the Electron binary, or null when it is not installed. Reads
 * electron's own path.txt rather than requiring the package, because
 * requiring it without a binary starts a download attempt.
 */
export function electronBinary() {
  try {
    const pkg = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    const relative = readFileSync(join(pkg, 'path.txt'), 'utf8').trim()
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist')
    const binary = join(dist, relative)
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}
