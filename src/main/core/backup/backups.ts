import type { BackupInfo, BackupRestore, BackupTrigger } from '../../../shared/backups'
import { AppError } from '../../../shared/errors'
import type { FsOps } from '../fs-ops'
import { noSuchBackup, restoreSnapshot } from './restore'
import { listSnapshots, pruneSnapshots, takeSnapshot, type BackupWatch } from './snapshot'

/*
 * The backups of one workspace as its hosts use them (the app core, the
 * CLI). The caller is the workspace's one writer for create and restore,
 * and runs them one at a time.
 */

/** Which workspace, through which file system, and the time that names a new backup and drives the rotation. */
export interface BackupContext {
  fs: FsOps
  dir: string
  now: Date
  /** Progress and cancellation of the backup a call takes (a restore reports its copy, and cannot be cancelled). */
  watch?: BackupWatch
}

/** Every backup, newest first, with why the policy keeps it. */
export function listBackups({ fs, dir, now }: BackupContext): Promise<BackupInfo[]> {
  return listSnapshots(fs, dir, now)
}

async function described({ fs, dir, now }: BackupContext, id: string): Promise<BackupInfo> {
  const info = (await listSnapshots(fs, dir, now)).find((b) => b.id === id)
  if (!info) throw noSuchBackup(dir, id)
  return info
}

/** Takes a backup now, verified, then removes those the policy no longer keeps. */
export async function createBackup(context: BackupContext, trigger: BackupTrigger): Promise<BackupInfo> {
  const { id } = await takeSnapshot(context.fs, context.dir, trigger, context.now, context.watch)
  await pruneSnapshots(context.fs, context.dir, context.now)
  return described(context, id)
}

/**
 * Restores backup `id`: first backs up the current state (so the restore
 * can itself be undone by restoring that one), then replaces the record
 * files. Nothing is pruned, so the backup being restored stays. The caller
 * must read the workspace again afterwards.
 */
export async function restoreBackup(context: BackupContext, id: string): Promise<BackupRestore> {
  const restored = await described(context, id)
  let beforeId: string
  try {
    beforeId = (await takeSnapshot(context.fs, context.dir, 'before-restore', context.now)).id
  } catch (err) {
    const known = err instanceof AppError ? err : null
    throw new AppError({
      code: known?.code ?? 'io-failed',
      message: `Nothing was restored: the current state could not be backed up first. ${known?.message ?? String(err)}`,
      hint: 'Your workspace was not changed. Run "clausewright check", or reopen the workspace so that damaged files move to quarantine/, then restore again.',
      field: known?.field ?? context.dir,
    })
  }
  await restoreSnapshot(context.fs, context.dir, id, context.watch?.onProgress)
  return { restored, before: await described(context, beforeId) }
}
