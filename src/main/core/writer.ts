import { finishInterruptedRestore } from './backup/restore'
import { nodeFs, type FsOps } from './fs-ops'
import { sweepLeftovers } from './leftovers'
import { restoreSetAsideSources } from './source-placement'
import { currentFormat } from './migrations/migrate-workspace'
import { readWorkspaceMeta } from './workspace-open'
import { lockWorkspace, type WorkspaceLock } from './workspace-lock'
import { WorkspaceStore, type StoreOptions } from './workspace-store'

/**
 * Opens an existing workspace as its one writer. A missing, foreign or
 * newer workspace is reported before anything is locked; then the lock is
 * taken and an interrupted restore or re-extraction is finished before a
 * single source is read, so that nothing shown while the workspace is read
 * (see `StoreOptions.onReading`) comes from files about to change.
 */
export async function openAsWriter(dir: string, options: StoreOptions = {}): Promise<{ store: WorkspaceStore; lock: WorkspaceLock }> {
  const fs = options.fs ?? nodeFs
  await readWorkspaceMeta(fs, dir)
  return underLock(dir, async () => {
    await recover(fs, dir)
    return currentFormat(await WorkspaceStore.open(dir, options), options)
  })
}

/**
 * Makes this process the writer of a store already read (one just
 * created, or one the command line read first): takes the lock, then
 * recovers and migrates as `openAsWriter` does, reading the workspace
 * again when recovering changed it.
 */
export async function becomeWriter(
  store: WorkspaceStore,
  options: StoreOptions = {},
): Promise<{ store: WorkspaceStore; lock: WorkspaceLock }> {
  return underLock(store.dir, async () => {
    const changed = await recover(store.fs, store.dir)
    const current = changed ? await WorkspaceStore.open(store.dir, { ...options, fs: store.fs }) : store
    return currentFormat(current, options)
  })
}

/**
 * What only the writer may do, and not before it holds the lock: finish a
 * restore a crash interrupted, put back a source an interrupted
 * re-extraction set aside, and clear what interrupted saves left. True
 * when any of that changed the workspace's records.
 */
async function recover(fs: FsOps, dir: string): Promise<boolean> {
  const finished = await finishInterruptedRestore(fs, dir)
  const restored = await restoreSetAsideSources(fs, dir)
  await sweepLeftovers(fs, dir)
  return finished || restored > 0
}

async function underLock(dir: string, open: () => Promise<WorkspaceStore>): Promise<{ store: WorkspaceStore; lock: WorkspaceLock }> {
  const lock = await lockWorkspace(dir)
  try {
    return { store: await open(), lock }
  } catch (err) {
    await lock.release()
    throw err
  }
}
