import { relative } from 'node:path'
import { nodeFs, type FsOps } from '../fs-ops'

/** The calls of FsOps and of its file handles, as a fault names them. */
export type FsCallName = 'open' | 'writeFile' | 'sync' | 'close' | 'rename' | 'unlink' | 'mkdir' | 'readFile' | 'readdir' | 'rmdir' | 'exists'

/**
 * One call as seen by the fault injector: paths relative to the root, temp
 * suffixes shortened to ".tmp", record ids to "<id>" and the stamps of
 * trash files to "<time>", so that the calls
 * of one save name the same steps as those of the next.
 */
export interface FsCall {
  call: FsCallName
  path: string
}

export type FaultCode = 'ENOSPC' | 'EIO' | 'EPERM'

/**
 * Fails the `nth` call (counted from injection) that matches `call` and
 * `path`; with "always", that call and every later match fail until cleared.
 */
export interface Fault extends FsCall {
  nth: number
  code: FaultCode
  mode: 'once' | 'always'
}

const MESSAGES: Record<FaultCode, string> = {
  ENOSPC: 'no space left on device',
  EIO: 'i/o error',
  EPERM: 'operation not permitted',
}

/**
 * Wraps the real file system so that a test can record the calls a save
 * makes and make any one of them fail the way the system would: a write
 * that fails has written part of its data first, a close that fails has
 * still released its descriptor. With `flush: false` a sync that does not
 * fail returns without flushing: what such a test checks (which call fails,
 * what is left) does not depend on the flush, which costs seconds on a busy disk.
 */
export function faultyFs(root: string, options: { base?: FsOps; flush?: boolean } = {}) {
  const base = options.base ?? nodeFs
  const flush = options.flush ?? true
  const calls: FsCall[] = []
  let fault: Fault | null = null
  let seen = 0
  let injected = 0
  const show = (p: string) =>
    relative(root, p)
      .replace(/\.[0-9a-f]{12}\.tmp$/, '.tmp')
      .replace(/\b(src|drf)_[0-9a-z]+/g, '<id>')
      .replace(/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z(-[a-z]+-[0-9a-f]{6})?/g, '<time>') || '.'

  /** Records a call; returns the error to raise when the fault hits it. */
  const check = (call: FsCallName, rawPath: string): Error | null => {
    const path = show(rawPath)
    calls.push({ call, path })
    if (!fault || fault.call !== call || fault.path !== path || ++seen < fault.nth) return null
    const { code } = fault
    if (fault.mode === 'once') fault = null
    injected++
    return Object.assign(new Error(`${code}: ${MESSAGES[code]}, ${call} '${rawPath}'`), { code, syscall: call, path: rawPath })
  }
  const guard = <A extends unknown[], R>(call: FsCallName, fn: (path: string, ...rest: A) => Promise<R>) =>
    (path: string, ...rest: A): Promise<R> => {
      const error = check(call, path)
      return error ? Promise.reject(error) : fn(path, ...rest)
    }

  const fs: FsOps = {
    open: async (path, flags) => {
      const error = check('open', path)
      if (error) throw error
      const handle = await base.open(path, flags)
      return {
        writeFile: async (data) => {
          const error = check('writeFile', path)
          if (!error) return handle.writeFile(data)
          // A full disk takes part of a write before it refuses the rest.
          const bytes = typeof data === 'string' ? Buffer.from(data) : data
          await handle.writeFile(bytes.subarray(0, Math.floor(bytes.length / 2)))
          throw error
        },
        sync: async () => {
          const error = check('sync', path)
          if (error) throw error
          if (flush) await handle.sync()
        },
        close: async () => {
          const error = check('close', path)
          await handle.close()
          if (error) throw error
        },
      }
    },
    rename: (from, to) => {
      const error = check('rename', from)
      return error ? Promise.reject(error) : base.rename(from, to)
    },
    unlink: guard('unlink', base.unlink),
    mkdir: guard('mkdir', base.mkdir),
    readFile: guard('readFile', base.readFile),
    readdir: guard('readdir', base.readdir),
    rmdir: guard('rmdir', base.rmdir),
    exists: guard('exists', base.exists),
  }

  return {
    fs,
    /** Every call so far, in order. */
    calls,
    /** Arms one fault, replacing any other. */
    inject(next: Fault): void {
      fault = next
      seen = 0
    },
    clear(): void {
      fault = null
    },
    /** How many calls were made to fail so far. */
    get injected(): number {
      return injected
    },
  }
}
