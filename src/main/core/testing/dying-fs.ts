import { nodeFs, type CopyOps, type FsOps } from '../fs-ops'

/**
 * The real file system, until the n-th call that changes something: that
 * call and every one after it fail, as if the process had died there, so
 * that no clean-up runs either.
 */
export function dyingAt(n: number): { fs: FsOps & CopyOps; died: () => boolean } {
  let count = 0
  let dead = false
  const guard = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => (...args: A): Promise<R> => {
    if (!dead && ++count >= n) dead = true
    return dead ? Promise.reject(Object.assign(new Error('the process died'), { code: 'EIO' })) : fn(...args)
  }
  const fs = {
    ...nodeFs,
    open: guard(nodeFs.open),
    rename: guard(nodeFs.rename),
    unlink: guard(nodeFs.unlink),
    mkdir: guard(nodeFs.mkdir),
    rmdir: guard(nodeFs.rmdir),
    link: guard(nodeFs.link),
    copyFile: guard(nodeFs.copyFile),
    removeTree: guard(nodeFs.removeTree),
  }
  return { fs, died: () => dead }
}
