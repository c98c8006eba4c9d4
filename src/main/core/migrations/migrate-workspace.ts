import type { WorkspaceUpgrade } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { FORMAT_VERSION } from '../../../shared/workspace-files'
import { takeSnapshot } from '../backup/snapshot'
import { WorkspaceStore, type StoreOptions } from '../workspace-store'

/**
 * Brings a workspace of an older format to the current one, after a
 * verified backup of it as it was. Only its writer may call this, once it
 * holds the lock. Each file is replaced atomically and the old ones stay
 * readable, so a crash part way leaves a workspace that opens, and the next
 * writer finishes the migration. Returns null when nothing was older.
 */
export async function migrateWorkspace(store: WorkspaceStore, now: Date): Promise<WorkspaceUpgrade | null> {
  if (!store.needsMigration()) return null
  const from = store.oldestFormat()
  let backup: { id: string; createdAt: string }
  try {
    backup = await takeSnapshot(store.fs, store.dir, 'before-migration', now)
  } catch (err) {
    throw refused(store.dir, from, 'its backup could not be taken first', err)
  }
  try {
    await store.migrateFiles()
  } catch (err) {
    throw refused(store.dir, from, 'a file could not be rewritten', err, backup.id)
  }
  return { from, to: FORMAT_VERSION, backupId: backup.id, backupTakenAt: backup.createdAt }
}

/**
 * Opens the workspace for its writer in the current format: migrates it
 * first when it is older (then reads it again, telling the store what was
 * done), else returns the store `opened` as it is.
 */
export async function currentFormat(opened: WorkspaceStore, options: StoreOptions): Promise<WorkspaceStore> {
  const upgrade = await migrateWorkspace(opened, options.now?.() ?? new Date())
  if (!upgrade) return opened
  const migrated = await WorkspaceStore.open(opened.dir, { ...options, fs: opened.fs })
  migrated.upgrade = upgrade
  return migrated
}

function refused(dir: string, from: number, why: string, err: unknown, backupId?: string): AppError {
  const known = err instanceof AppError ? err : null
  return new AppError({
    code: known?.code ?? 'io-failed',
    message: `This workspace (format ${from}) could not be upgraded to format ${FORMAT_VERSION}: ${why}. ${known?.message ?? String(err)}`,
    hint: backupId
      ? `Nothing is lost: files not yet rewritten are still in the old format, and backup ${backupId} holds the workspace as it was. Free some disk space or fix the folder's permissions, then open it again to finish.`
      : 'Nothing was changed. Free some disk space or fix the folder\'s permissions, then open it again.',
    field: known?.field ?? dir,
  })
}
