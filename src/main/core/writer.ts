import { finishInterruptedRestore } from './backup/restore'
import { sweepLeftovers } from './leftovers'
import { lockWorkspace, type WorkspaceLock } from './workspace-lock'
import { WorkspaceStore, type StoreOptions } from './workspace-store'

/**
 * Makes this process the workspace's one writer: takes the lock, then
 * finishes a restore that a crash interrupted (only the writer may move
 * record files, and not before it holds the lock), reading the workspace
 * again when that changed it, and clears what interrupted saves left. The store passed in was opened before the
 * lock, because a missing workspace must be reported (or created) first.
 */
export async function becomeWriter(
  store: WorkspaceStore,
  options: StoreOptions = {},
): Promise<{ store: WorkspaceStore; lock: WorkspaceLock }> {
  const lock = await lockWorkspace(store.dir)
  try {
    const finished = await finishInterruptedRestore(store.fs, store.dir)
    await sweepLeftovers(store.fs, store.dir)
    return { store: finished ? await WorkspaceStore.open(store.dir, { ...options, fs: store.fs }) : store, lock }
  } catch (err) {
    await lock.release()
    throw err
  }
}
