import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { ioError, writeFileDurable } from './durable-write'
import { layout } from './workspace-layout'
import type { WorkspaceStore } from './workspace-store'

/**
 * Keeps what a deletion removes as a JSON file in trash/, so it can be
 * recovered even after the undo history is gone (the app was closed).
 */
export async function keepInTrash(store: WorkspaceStore, what: string, payload: unknown): Promise<string> {
  const dir = layout.trashDir(store.dir)
  const stamp = store.now().toISOString().replace(/[:.]/g, '-')
  const path = join(dir, `${stamp}-${what}-${randomBytes(3).toString('hex')}.json`)
  await store.fs.mkdir(dir).catch((err: unknown) => {
    throw ioError(path, err)
  })
  await writeFileDurable(store.fs, path, JSON.stringify({ deletedAt: store.now().toISOString(), what, payload }, null, 2) + '\n')
  return path
}
