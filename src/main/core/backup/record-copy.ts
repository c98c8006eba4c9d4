import { join } from 'node:path'
import { syncDirectory } from '../durable-write'
import { errnoCode, type CopyOps, type FsOps } from '../fs-ops'
import { mapLimit } from '../map-limit'
import { listEntries } from '../workspace-open'
import { layout, SHARDS_FOLDER } from '../workspace-layout'

/**
 * The workspace's record files and folders, the set a backup holds and a
 * restore replaces; backups/, trash/, quarantine/, exports/ and the lock
 * file are not records. In restore order: workspace.json last, because a
 * folder without it was never a finished workspace.
 */
export const RECORD_ENTRIES = ['sources', 'drafts', 'views.json', 'codebook.json', 'workspace.json'] as const

const TOP_FILES = ['workspace.json', 'codebook.json', 'views.json'] as const

/** A source's text and original file are written once and never rewritten, so a hard link is as good as a copy. */
function isImmutable(name: string): boolean {
  return name === 'text.txt' || name.startsWith('original.')
}

/** Copies a file and flushes the copy, so that it is on disk before anything points at it. */
async function copyDurable(fs: FsOps & CopyOps, from: string, to: string): Promise<void> {
  await fs.copyFile(from, to)
  const handle = await fs.open(to, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Hard-links an immutable file (a text, an original), or copies it where links are not supported. */
export async function linkOrCopy(fs: FsOps & CopyOps, from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to)
  } catch {
    // FAT, exFAT and many network shares have no hard links: copy instead.
    await copyDurable(fs, from, to)
  }
}

/** Told of each source folder copied (done of total), and able to stop the copy between two of them. */
export interface CopyWatch {
  onSource?: (done: number, total: number) => void
  signal?: AbortSignal
}

/**
 * Copies the record files of the workspace at `from` into the empty folder
 * `to` (which mirrors its layout), each flushed to disk along with the
 * folders that name them. JSON files are copied, since anything may
 * rewrite them in place; texts and originals are hard-linked where the
 * file system allows. Returns the total size of the files.
 */
export async function copyRecords(fs: FsOps & CopyOps, from: string, to: string, watch: CopyWatch = {}): Promise<{ bytes: number }> {
  let bytes = 0
  const copy = async (src: string, dest: string, link: boolean) => {
    await (link ? linkOrCopy(fs, src, dest) : copyDurable(fs, src, dest))
    // Read the size first: `bytes += await ...` would add to a stale total when copies overlap.
    const size = await fs.size(dest)
    bytes += size
  }
  for (const name of TOP_FILES) {
    if (await fs.exists(join(from, name))) await copy(join(from, name), join(to, name), false)
  }
  await fs.mkdir(layout.sourcesDir(to))
  const ids = await listEntries(fs, layout.sourcesDir(from))
  let copied = 0
  watch.onSource?.(0, ids.length)
  await mapLimit(ids, 16, async (id) => {
    watch.signal?.throwIfAborted()
    let names: string[]
    try {
      names = await fs.readdir(layout.sourceDir(from, id))
    } catch (err) {
      // A stray file among the source folders is not a record.
      if (errnoCode(err) === 'ENOTDIR') return
      throw err
    }
    await fs.mkdir(layout.sourceDir(to, id))
    for (const name of names) {
      if (name === 'source.json' || (isImmutable(name) && !name.endsWith('.tmp'))) {
        await copy(join(layout.sourceDir(from, id), name), join(layout.sourceDir(to, id), name), isImmutable(name))
      }
    }
    if (names.includes(SHARDS_FOLDER)) {
      await fs.mkdir(layout.clippingsDir(to, id))
      for (const name of (await listEntries(fs, layout.clippingsDir(from, id))).filter((n) => n.endsWith('.json'))) {
        await copy(join(layout.clippingsDir(from, id), name), join(layout.clippingsDir(to, id), name), false)
      }
      await syncDirectory(fs, layout.clippingsDir(to, id))
    }
    await syncDirectory(fs, layout.sourceDir(to, id))
    watch.onSource?.(++copied, ids.length)
  })
  await fs.mkdir(layout.draftsDir(to))
  for (const name of (await listEntries(fs, layout.draftsDir(from))).filter((n) => n.endsWith('.json'))) {
    await copy(join(layout.draftsDir(from), name), join(layout.draftsDir(to), name), false)
  }
  await syncDirectory(fs, layout.sourcesDir(to))
  await syncDirectory(fs, layout.draftsDir(to))
  await syncDirectory(fs, to)
  return { bytes }
}
