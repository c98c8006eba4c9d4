import { finishInterruptedRestore } from './backup/restore'
import { sweepLeftovers } from './leftovers'
import { restoreSetAsideSources } from './source-placement'
import { currentFormat } from './migrations/migrate-workspace'
import { lockWorkspace, type WorkspaceLock } from './workspace-lock'
import { WorkspaceStore, type StoreOptions } from './workspace-store'

/**
 * Makes this process the workspace's one writer: takes the lock, then
 * finishes a restore that a crash interrupted (only the writer may move
 * record files, and not before it holds the lock), puts back a source an
 * interrupted re-extraction set aside, clears what interrupted saves left,
 * and migrates a workspace of an older format, reading the
 * workspace again when any of that changed it. The store passed in was
 * opened before the lock, because a missing workspace must be reported (or
 * created) first.
 */
export async function becomeWriter(
  store: WorkspaceStore,
  options: StoreOptions = {},
): Promise<{ store: WorkspaceStore; lock: WorkspaceLock }> {
  const lock = await lockWorkspace(store.dir)
  try {
    const finished = await finishInterruptedRestore(store.fs, store.dir)
    const restored = await restoreSetAsideSources(store.fs, store.dir)
    await sweepLeftovers(store.fs, store.dir)
    const current = finished || restored > 0 ? await WorkspaceStore.open(store.dir, { ...options, fs: store.fs }) : store
    return { store: await currentFormat(current, options), lock }
  } catch (err) {
    await lock.release()
    throw err
  }
}
