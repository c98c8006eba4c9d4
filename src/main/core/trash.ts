import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { writeFileDurable } from './durable-write'
import { layout } from './workspace-layout'
import type { WorkspaceStore } from './workspace-store'

/**
 * Keeps what a deletion removes as a JSON file in trash/, so it can be
 * recovered even after the undo history is gone (the app was closed).
 */
export async function keepInTrash(store: WorkspaceStore, what: string, payload: unknown): Promise<string> {
  const dir = layout.trashDir(store.dir)
  await store.fs.mkdir(dir)
  const stamp = store.now().toISOString().replace(/[:.]/g, '-')
  const path = join(dir, `${stamp}-${what}-${randomBytes(3).toString('hex')}.json`)
  await writeFileDurable(store.fs, path, JSON.stringify({ deletedAt: store.now().toISOString(), what, payload }, null, 2) + '\n')
  return path
}
