import { join, relative } from 'node:path'
import { z } from 'zod'
import { backupIdSchema, type BackupProgress } from '../../../shared/backups'
import { AppError } from '../../../shared/errors'
import { syncDirectory, writeFileDurable } from '../durable-write'
import { errnoCode, withCopyOps, type CopyOps, type FsOps } from '../fs-ops'
import { parseWorkspaceFile, stableJson } from '../json-file'
import { layout } from '../workspace-layout'
import { readManifest } from './manifest'
import { copyRecords, RECORD_ENTRIES } from './record-copy'
import { CopyCheckError, verifyCopy } from './snapshot'

/*
 * How a restore stays recoverable. The record set is five entries of the
 * workspace folder (see RECORD_ENTRIES), which no single rename can swap,
 * and the folder itself cannot be swapped (it holds the lock, the backups
 * and the trash). So a restore keeps a journal:
 *   1. The backup's records are copied into .restore/incoming/ and loaded
 *      to verify them. A crash here leaves the workspace untouched; the
 *      leftover folder has no journal and is thrown away.
 *   2. .restore/journal.json is written durably: the commit point.
 *   3. Entry by entry, the incoming one is renamed into place and the
 *      folders are flushed. A file replaces the live one in that rename; a
 *      folder (sources/, drafts/) cannot, so the live one is first renamed
 *      into .restore/outgoing/.
 *   4. The journal is removed, then the folder.
 * After a crash past the commit point, the next writer to open the
 * workspace finishes step 3 from the journal (see becomeWriter): where each
 * entry now is tells how far it got. So a crash leaves the old set whole
 * (before the commit) or leads to the new set whole; the old set is also
 * in the backup taken just before the restore.
 */
/** The hidden folder a restore works in; its journal marks a restore under way. */
export const RESTORE_DIR = '.restore'
const JOURNAL = 'journal.json'

const journalSchema = z.object({
  format: z.literal('clausewright-restore'),
  formatVersion: z.number().int().positive(),
  backup: backupIdSchema,
  /** `incoming`: the backup has this entry; when it has not, the live one is only moved out. */
  entries: z.array(z.object({ name: z.enum(RECORD_ENTRIES), incoming: z.boolean() })),
})
type Journal = z.output<typeof journalSchema>

const paths = (dir: string) => {
  const work = join(dir, RESTORE_DIR)
  return { work, incoming: join(work, 'incoming'), outgoing: join(work, 'outgoing'), journal: join(work, JOURNAL) }
}

/**
 * Replaces the workspace's record files with those of backups/<id>/, as
 * described above. The caller holds the workspace lock, has taken a backup
 * of the current state, and must read the workspace again afterwards.
 */
export async function restoreSnapshot(base: FsOps, dir: string, id: string, onProgress?: (progress: BackupProgress) => void): Promise<void> {
  const fs = withCopyOps(base)
  const backup = join(layout.backupsDir(dir), id)
  if (!(await readManifest(fs, backup, id))) throw noSuchBackup(dir, id)
  await finishInterruptedRestore(fs, dir)
  const p = paths(dir)
  let journal: Journal
  await fs.mkdir(p.incoming)
  try {
    const progress = (phase: BackupProgress['phase'], done: number, total: number) => onProgress?.({ action: 'restore', phase, done, total, cancellable: false })
    await copyRecords(fs, backup, p.incoming, { onSource: (done, total) => progress('copying', done, total) })
    progress('checking', 0, 1)
    await verifyCopy(fs, p.incoming, dir)
    await fs.mkdir(p.outgoing)
    const entries = []
    for (const name of RECORD_ENTRIES) entries.push({ name, incoming: await fs.exists(join(p.incoming, name)) })
    journal = { format: 'clausewright-restore', formatVersion: 1, backup: id, entries }
    await writeFileDurable(fs, p.journal, stableJson(journalSchema, journal))
  } catch (err) {
    // A journal on disk means the commit happened, even if flushing it then failed.
    if (await restorePending(fs, dir)) throw asAppError(err, dir, STOPPED)
    await fs.removeTree(p.work).catch(() => undefined)
    if (err instanceof CopyCheckError) {
      throw new AppError({
        code: 'workspace-invalid',
        message: `Nothing was restored: backup ${id} did not pass its check (${err.what}).`,
        hint: 'That backup is damaged. Your workspace was not changed; choose another backup.',
        field: join(backup, relative(dir, err.field)),
      })
    }
    throw asAppError(err, dir, 'Nothing was restored: the backup could not be copied into the workspace')
  }
  try {
    await applyJournal(fs, dir, journal)
    await discard(fs, dir)
  } catch (err) {
    throw asAppError(err, dir, STOPPED)
  }
}

const STOPPED = 'The restore stopped part way; it is finished the next time the workspace is opened for writing'

function asAppError(err: unknown, dir: string, what: string): AppError {
  if (err instanceof AppError) return err
  return new AppError({
    code: 'io-failed',
    message: `${what} (${errnoCode(err) ?? String(err)}).`,
    hint: 'Free some disk space or fix the permissions of the workspace folder, then open it again.',
    field: dir,
  })
}

/** True while a restore's journal is on disk: the record files may be half old, half new. */
export async function restorePending(fs: FsOps, dir: string): Promise<boolean> {
  return fs.exists(paths(dir).journal)
}

/**
 * Completes a restore that a crash interrupted after its commit point, or
 * throws away one that had not reached it. Only the workspace's writer may
 * call this. Returns true when it changed the record files.
 */
export async function finishInterruptedRestore(base: FsOps, dir: string): Promise<boolean> {
  const fs = withCopyOps(base)
  const p = paths(dir)
  if (!(await fs.exists(p.work))) return false
  if (!(await fs.exists(p.journal))) {
    await fs.removeTree(p.work)
    return false
  }
  let journal: Journal
  try {
    journal = parseWorkspaceFile(p.journal, await fs.readFile(p.journal), journalSchema, 1)
  } catch (err) {
    throw new AppError({
      code: 'workspace-invalid',
      message: `A restore was interrupted and its journal ${p.journal} cannot be read (${(err as Error).message}).`,
      hint: `Nothing more was changed. The restored files are in ${p.incoming}, the replaced ones in ${p.outgoing} and in the newest "before restore" backup; move ${p.work} out of the workspace once you have put the files you want in place.`,
      field: p.journal,
    })
  }
  await applyJournal(fs, dir, journal)
  await discard(fs, dir)
  return true
}

async function applyJournal(fs: FsOps, dir: string, journal: Journal): Promise<void> {
  const p = paths(dir)
  for (const { name, incoming } of journal.entries) {
    const live = join(dir, name)
    const out = join(p.outgoing, name)
    const inc = join(p.incoming, name)
    const stillIncoming = incoming && (await fs.exists(inc))
    // Done already: the incoming entry went in, or (none coming) the live one went out.
    if (incoming && !stillIncoming) continue
    // A file is replaced by one rename, so workspace.json is never missing; a folder must move out first.
    const replacesInOneStep = name.endsWith('.json') && stillIncoming
    if (!replacesInOneStep && (await fs.exists(live))) {
      if (await fs.exists(out)) {
        throw new AppError({
          code: 'workspace-invalid',
          message: `The restore cannot go on: both ${live} and ${out} exist.`,
          hint: `Nothing more was changed. Keep the one you want as ${live}, then move ${p.work} out of the workspace.`,
          field: live,
        })
      }
      await fs.rename(live, out)
    }
    if (stillIncoming) await fs.rename(inc, live)
    // Flush every rename before the next entry, so recovery never sees them out of order.
    for (const folder of [dir, p.incoming, p.outgoing]) await syncDirectory(fs, folder)
  }
}

async function discard(fs: FsOps & CopyOps, dir: string): Promise<void> {
  const p = paths(dir)
  // The journal goes first and durably: a folder without one is never replayed.
  await fs.unlink(p.journal)
  await syncDirectory(fs, p.work)
  await fs.removeTree(p.work)
}

/** The error for a backup id that names no finished backup of this workspace. */
export function noSuchBackup(dir: string, id: string): AppError {
  return new AppError({
    code: 'not-found',
    message: `There is no backup ${id} in ${layout.backupsDir(dir)}.`,
    hint: 'See the list of backups ("clausewright backup list", or Backups in the app) for the ids there are.',
    field: id,
  })
}
