import { randomBytes } from 'node:crypto'
import { basename, dirname } from 'node:path'
import { AppError } from '../../shared/errors'
import { errnoCode, type FsOps } from './fs-ops'
import { SHARDS_FOLDER } from './workspace-layout'

/**
 * Flushes a directory entry to disk. Windows cannot open a directory for
 * syncing, and there the rename is already durable, so it is skipped.
 */
export async function syncDirectory(fs: FsOps, dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

const tempBeside = (path: string) => `${path}.${randomBytes(6).toString('hex')}.tmp`

/**
 * Writes a new file and flushes it; the caller removes it if this fails.
 * Alone, it is the whole write of a file into a folder no reader sees yet
 * (a new source's staging folder, renamed into place once whole): nothing
 * there can be replaced or read half-written, so no temporary file and
 * rename are needed, and the folder's entries are flushed once, before the
 * rename that publishes it.
 */
export async function writeNewSynced(fs: FsOps, path: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(path, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The file's bytes, or null when there is none. */
async function readIfExists(fs: FsOps, path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path)
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null
    throw err
  }
}

/**
 * Replaces `path` with `data` so that a crash leaves either the old file or
 * the new one, never a mix: write a temp file beside it, fsync it, rename it
 * over the target, then fsync the directory so the rename itself survives.
 * When that last fsync fails the save is reported as failed, so the old
 * version is put back: a caller keeps showing the old data, and the disk
 * must not hold a version the user was told was not saved.
 */
export async function writeFileDurable(fs: FsOps, path: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempBeside(path)
  let previous: Buffer | null
  try {
    await writeNewSynced(fs, tmp, data)
    previous = await readIfExists(fs, path)
    await fs.rename(tmp, path)
  } catch (err) {
    await fs.unlink(tmp).catch(() => undefined)
    throw ioError(path, err)
  }
  try {
    await syncDirectory(fs, dirname(path))
  } catch (err) {
    try {
      await putBack(fs, path, previous)
    } catch {
      throw unconfirmedError(path, err)
    }
    throw ioError(path, err)
  }
}

/** Restores what a rename replaced (or removes what it created) after the directory refused to confirm it. */
async function putBack(fs: FsOps, path: string, previous: Buffer | null): Promise<void> {
  if (previous === null) {
    await fs.unlink(path)
  } else {
    const tmp = tempBeside(path)
    try {
      await writeNewSynced(fs, tmp, previous)
      await fs.rename(tmp, path)
    } catch (err) {
      await fs.unlink(tmp).catch(() => undefined)
      throw err
    }
  }
  // Best effort: this directory has just refused a sync, and the old version is the visible one either way.
  await syncDirectory(fs, dirname(path)).catch(() => undefined)
}

function reasonOf(err: unknown): string {
  const code = errnoCode(err)
  return code === 'ENOSPC'
    ? 'the disk is full'
    : code === 'EACCES' || code === 'EPERM'
      ? 'permission was denied'
      : code === 'EROFS'
        ? 'the disk is read-only'
        : `the system reported ${code ?? String(err)}`
}

/** What the user can do about a failed write, by its cause. */
function remedyOf(err: unknown): string {
  const code = errnoCode(err)
  if (code === 'ENOSPC') return 'Free some space on the disk'
  if (code === 'EACCES' || code === 'EPERM') return 'Fix the permissions of the workspace folder'
  if (code === 'EROFS') return 'Make the disk writable (or open the workspace from a writable copy)'
  // EIO and the like: the disk or the connection to it failed, not the user's settings.
  return 'Check that the disk is still connected (a USB or network drive) and healthy'
}

/** A file as a message names it: its base name, with its folder for a clipping shard ("clippings/0003.json"). */
function shownName(path: string): string {
  const folder = basename(dirname(path))
  return folder === SHARDS_FOLDER ? `${folder}/${basename(path)}` : basename(path)
}

/** What a failed save reports: which file, why, and that the previous version is still the one on disk. */
export function ioError(path: string, err: unknown): AppError {
  if (err instanceof AppError) return err
  return new AppError({
    code: 'io-failed',
    message: `Could not save ${shownName(path)}: ${reasonOf(err)}.`,
    hint: `Your previous version is intact. ${remedyOf(err)}, then try again.`,
    field: path,
  })
}

/** The rare double failure: the new version was renamed into place, not confirmed, and could not be taken back. */
function unconfirmedError(path: string, err: unknown): AppError {
  return new AppError({
    code: 'io-failed',
    message: `Could not confirm that ${shownName(path)} was saved: ${reasonOf(err)}.`,
    hint: 'The file may hold the new version or the previous one. Check the disk, reopen the workspace to see which, then try again.',
    field: path,
  })
}
