import { hostname } from 'node:os'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { errnoCode, nodeFs, type FsOps } from './fs-ops'

const LOCK_FILE = '.clausewright.lock'

interface LockInfo {
  pid: number
  host: string
  since: string
}

export interface WorkspaceLock {
  release(): Promise<void>
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return errnoCode(err) === 'EPERM'
  }
}

/**
 * Makes this process the workspace's one writer: a lock file holding its pid
 * is created exclusively. A lock left by a process that no longer runs on
 * this machine is stale and taken over; a live one is refused with who holds
 * it. Readers never need the lock.
 */
export async function lockWorkspace(dir: string, fs: FsOps = nodeFs): Promise<WorkspaceLock> {
  const path = join(dir, LOCK_FILE)
  const mine: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await fs.open(path, 'wx')
      try {
        await handle.writeFile(JSON.stringify(mine) + '\n')
        await handle.sync()
      } finally {
        await handle.close()
      }
      return { release: () => fs.unlink(path).catch(() => undefined) }
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST') throw err
    }
    let holder: LockInfo | null = null
    try {
      holder = JSON.parse((await fs.readFile(path)).toString('utf8')) as LockInfo
    } catch {
      holder = null // unreadable: a crash while writing it, so stale
    }
    const stale = !holder || (holder.host === mine.host && !alive(holder.pid))
    if (!stale && holder) {
      throw new AppError({
        code: 'forbidden',
        message: `This workspace is open in another Clausewright (process ${holder.pid} on ${holder.host}, since ${holder.since}).`,
        hint: 'Close the other window or command first. Reading (list, search, check) still works.',
        field: dir,
      })
    }
    await fs.unlink(path).catch(() => undefined)
  }
  throw new AppError({ code: 'forbidden', message: `Could not lock the workspace at ${dir}.`, hint: 'Try again.' })
}
