import { randomBytes } from 'node:crypto'
import { basename, dirname } from 'node:path'
import { AppError } from '../../shared/errors'
import { errnoCode, type FsOps } from './fs-ops'

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

/**
 * Replaces `path` with `data` so that a crash leaves either the old file or
 * the new one, never a mix: write a temp file beside it, fsync it, rename it
 * over the target, then fsync the directory so the rename itself survives.
 */
export async function writeFileDurable(fs: FsOps, path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    const handle = await fs.open(tmp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(tmp, path)
  } catch (err) {
    await fs.unlink(tmp).catch(() => undefined)
    throw ioError(path, err)
  }
  try {
    await syncDirectory(fs, dirname(path))
  } catch (err) {
    throw ioError(path, err)
  }
}

export function ioError(path: string, err: unknown): AppError {
  if (err instanceof AppError) return err
  const code = errnoCode(err)
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission was denied'
        : code === 'EROFS'
          ? 'the disk is read-only'
          : `the system reported ${code ?? String(err)}`
  return new AppError({
    code: 'io-failed',
    message: `Could not save ${basename(path)}: ${reason}.`,
    hint: 'Your previous version is intact. Free some space or fix the permissions, then try again.',
    field: path,
  })
}
