import { join } from 'node:path'
import type { SourceData } from '../../shared/workspace-files'
import { linkOrCopy } from './backup/record-copy'
import type { ShardMap } from './clipping-shards'
import { ioError, syncDirectory, writeNewSynced } from './durable-write'
import { withCopyOps, type FsOps } from './fs-ops'
import { mapLimit } from './map-limit'
import { writeSourceRecords } from './source-folder'
import { removeStaging } from './workspace-open'
import { layout } from './workspace-layout'

/*
 * How whole source folders come and go without a crash ever showing half
 * of one: a folder is built under a dot-name the loader ignores, then
 * renamed into place. The writer's start-up (writer.ts) clears or puts
 * back what a crash left under those names.
 */

/** A source folder being built. */
export const NEW_SOURCE_PREFIX = '.new-'
/** A source folder set aside while its replacement takes its place. */
export const OLD_SOURCE_PREFIX = '.old-'

const aside = (dir: string, prefix: string, id: string) => join(layout.sourcesDir(dir), `${prefix}${id}`)

/** Places a new source (its original file, text and records) as one folder; returns where its clippings sit. */
export async function placeNewSource(
  fs: FsOps,
  dir: string,
  data: SourceData,
  text: string,
  original?: { extension: string; bytes: Uint8Array },
): Promise<ShardMap> {
  const id = data.source.id
  const staging = aside(dir, NEW_SOURCE_PREFIX, id)
  const target = layout.sourceDir(dir, id)
  let placed = false
  try {
    await fs.mkdir(staging)
    // The folder is no source's until it is renamed into place, so its files are written at once
    // (each waits on its own flush) and its entries flushed once; a failure is thrown once every write has settled.
    let shards: ShardMap | undefined
    const writes = [
      async () => {
        shards = await writeSourceRecords(fs, staging, data)
      },
      () => writeNewSynced(fs, join(staging, 'text.txt'), text),
      ...(original ? [() => writeNewSynced(fs, join(staging, `original.${original.extension}`), original.bytes)] : []),
    ]
    await mapLimit(writes, writes.length, (write) => write())
    await syncDirectory(fs, staging)
    await fs.rename(staging, target)
    placed = true
    await syncDirectory(fs, layout.sourcesDir(dir))
    return shards as ShardMap
  } catch (err) {
    // The caller is told the source was not added, so a folder already renamed into place goes back to staging and away.
    if (placed) await fs.rename(target, staging).catch(() => undefined)
    await removeStaging(fs, staging)
    throw ioError(layout.sourceFile(dir, id), err)
  }
}

/**
 * Replaces a source's folder with one holding `text` and `data` (and the
 * same original file): the new folder is built beside the live one, which
 * is renamed to .old-<id> while the new one takes its place, then removed.
 */
export async function swapSourceFolder(base: FsOps, dir: string, data: SourceData, text: string): Promise<ShardMap> {
  const fs = withCopyOps(base)
  const id = data.source.id
  const live = layout.sourceDir(dir, id)
  const staging = aside(dir, NEW_SOURCE_PREFIX, id)
  const old = aside(dir, OLD_SOURCE_PREFIX, id)
  let shards: ShardMap
  let setAside = false
  try {
    await fs.mkdir(staging)
    for (const name of await fs.readdir(live)) {
      if (name.startsWith('original.') && !name.endsWith('.tmp')) await linkOrCopy(fs, join(live, name), join(staging, name))
    }
    await writeNewSynced(fs, join(staging, 'text.txt'), text)
    shards = await writeSourceRecords(fs, staging, data)
    await syncDirectory(fs, staging)
    await fs.rename(live, old)
    setAside = true
    await fs.rename(staging, live)
    await syncDirectory(fs, layout.sourcesDir(dir))
  } catch (err) {
    if (setAside && !(await fs.exists(live))) await fs.rename(old, live).catch(() => undefined)
    await removeStaging(fs, staging)
    throw ioError(layout.sourceText(dir, id), err)
  }
  await fs.removeTree(old).catch(() => undefined)
  return shards
}

/**
 * Puts back a source folder set aside by swapSourceFolder when a crash kept
 * the new one from taking its place; removes it when the new one did. Only
 * the writer may call it, before the sweep of leftovers (which would throw
 * away the new folder). Returns how many sources came back.
 */
export async function restoreSetAsideSources(fs: FsOps, dir: string): Promise<number> {
  const sourcesDir = layout.sourcesDir(dir)
  const names = await fs.readdir(sourcesDir).catch(() => [])
  let restored = 0
  for (const name of names.filter((n) => n.startsWith(OLD_SOURCE_PREFIX))) {
    const live = join(sourcesDir, name.slice(OLD_SOURCE_PREFIX.length))
    if (await fs.exists(live)) {
      await withCopyOps(fs).removeTree(join(sourcesDir, name))
    } else {
      await fs.rename(join(sourcesDir, name), live)
      restored++
    }
  }
  return restored
}
