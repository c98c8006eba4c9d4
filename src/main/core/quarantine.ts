import { dirname, join, relative } from 'node:path'
import type { WorkspaceProblem } from '../../shared/api'
import { syncDirectory } from './durable-write'
import type { FsOps } from './fs-ops'

export const QUARANTINE_DIR = 'quarantine'

/**
 * Moves a damaged file (or a source's whole folder) out of the workspace,
 * byte for byte, into quarantine/<time>/ under its own relative path, so the
 * rest of the workspace can open and nothing is ever overwritten.
 */
export async function quarantine(
  fs: FsOps,
  workspaceDir: string,
  target: string,
  reportedFile: string,
  reason: string,
  now: Date,
): Promise<WorkspaceProblem> {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const rel = relative(workspaceDir, target)
  const dest = join(workspaceDir, QUARANTINE_DIR, stamp, rel)
  await fs.mkdir(dirname(dest))
  await fs.rename(target, dest)
  await syncDirectory(fs, dirname(target))
  return {
    file: relative(workspaceDir, reportedFile),
    reason,
    movedTo: relative(workspaceDir, join(dest, relative(target, reportedFile))),
  }
}
