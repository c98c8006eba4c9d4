import { join } from 'node:path'
import type { FsOps } from './fs-ops'
import { NEW_SOURCE_PREFIX } from './source-placement'
import { mapLimit } from './map-limit'
import { layout } from './workspace-layout'
import { removeStaging } from './workspace-open'

/** A temp file of an atomic write: "<name>.<12 hex>.tmp" beside the file it replaces. */
const TEMP_FILE = /\.[0-9a-f]{12}\.tmp$/

async function entries(fs: FsOps, dir: string): Promise<string[]> {
  return fs.readdir(dir).catch(() => [])
}

/**
 * Clears what saves interrupted by a crash leave behind: temp files of
 * atomic writes (clipping shards included) and half-built source folders
 * (".new-<id>"). The loader already ignores them; this keeps them from
 * piling up. Only the writer may
 * call it, once it holds the lock, so no save of another process is under
 * way. Returns how many it removed.
 */
export async function sweepLeftovers(fs: FsOps, dir: string): Promise<number> {
  let removed = 0
  const unlinkTemp = async (folder: string) => {
    for (const name of await entries(fs, folder)) {
      if (!TEMP_FILE.test(name)) continue
      await fs.unlink(join(folder, name)).catch(() => undefined)
      removed++
    }
  }
  await unlinkTemp(dir)
  await unlinkTemp(layout.draftsDir(dir))
  const sourcesDir = layout.sourcesDir(dir)
  const names = await entries(fs, sourcesDir)
  for (const name of names.filter((n) => n.startsWith(NEW_SOURCE_PREFIX))) {
    await removeStaging(fs, join(sourcesDir, name))
    removed++
  }
  await unlinkTemp(sourcesDir)
  // One listing per source folder, several at a time: thousands of sources cost little at start-up.
  await mapLimit(names.filter((n) => !n.startsWith('.') && !TEMP_FILE.test(n)), 32, async (name) => {
    await unlinkTemp(join(sourcesDir, name))
    await unlinkTemp(layout.clippingsDir(dir, name))
  })
  return removed
}
