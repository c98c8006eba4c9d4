import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { nodeFs, type FsOps } from '../fs-ops'

/** A real temp folder for one test. */
export function tempDir(prefix = 'cw-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

/**
 * Wraps the real file system and logs every call as "op path" (paths
 * relative to `root`, temp-file suffixes shortened to ".tmp") so tests can
 * assert on the order of operations and on which files were touched.
 */
export function recordingFs(root: string, base: FsOps = nodeFs): { fs: FsOps; log: string[] } {
  const log: string[] = []
  const show = (p: string) => relative(root, p).replace(/\.[0-9a-f]{12}\.tmp$/, '.tmp') || '.'
  const fs: FsOps = {
    ...base,
    open: async (path, flags) => {
      log.push(`open(${flags}) ${show(path)}`)
      const handle = await base.open(path, flags)
      return {
        writeFile: (data) => (log.push(`write ${show(path)}`), handle.writeFile(data)),
        sync: () => (log.push(`fsync ${show(path)}`), handle.sync()),
        close: () => (log.push(`close ${show(path)}`), handle.close()),
      }
    },
    rename: (from, to) => (log.push(`rename ${show(from)} -> ${show(to)}`), base.rename(from, to)),
    unlink: (path) => (log.push(`unlink ${show(path)}`), base.unlink(path)),
    mkdir: (path) => (log.push(`mkdir ${show(path)}`), base.mkdir(path)),
  }
  return { fs, log }
}
