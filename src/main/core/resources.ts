import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Finds the project's resources/ folder by walking up from `from` (the
 * running file's folder): the same code runs from src/ in tests and from
 * out/ when built, and a packaged app passes its own path instead.
 */
export function findResourcesDir(from: string): string {
  let dir = from
  for (;;) {
    const candidate = join(dir, 'resources')
    if (existsSync(join(candidate, 'starter-codebook.json'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`No resources folder with starter-codebook.json above ${from}`)
    dir = parent
  }
}
