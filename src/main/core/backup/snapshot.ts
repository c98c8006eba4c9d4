import { join } from 'node:path'
import type { BackupInfo, BackupProgress, BackupTrigger } from '../../../shared/backups'
import { AppError } from '../../../shared/errors'
import { syncDirectory, writeFileDurable } from '../durable-write'
import { errnoCode, withCopyOps, type FsOps } from '../fs-ops'
import { layout } from '../workspace-layout'
import { WorkspaceStore } from '../workspace-store'
import { keepReasons } from './backup-policy'
import { MANIFEST_FILE, manifestJson, readManifest, type Manifest } from './manifest'
import { copyRecords } from './record-copy'

/*
 * A backup is assembled in backups/.staging-<id>/ and renamed to
 * backups/<id>/ only once it is complete, flushed and verified, so a crash
 * never leaves a half backup under a name that looks finished. A backup
 * being removed is first renamed to .pruning-<id> for the same reason.
 * Both kinds of dot-folder are leftovers of a crash, removed by the next
 * backup (only the workspace's one writer takes backups).
 */
const STAGING = '.staging-'
const PRUNING = '.pruning-'

function backupId(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/** Keeps backups out of a workspace shared under git: they are copies of what git already has. */
async function ensureBackupsDir(fs: FsOps, root: string): Promise<void> {
  await fs.mkdir(root)
  const ignore = join(root, '.gitignore')
  if (!(await fs.exists(ignore))) await writeFileDurable(fs, ignore, '# Clausewright backups: local copies, not for version control.\n*\n')
}

/** Removes the staging and pruning folders (and temp files) a crash left behind. */
export async function sweepLeftovers(base: FsOps, dir: string): Promise<void> {
  const fs = withCopyOps(base)
  let names: string[]
  try {
    names = await fs.readdir(layout.backupsDir(dir))
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return
    throw err
  }
  for (const name of names) {
    const leftover = name.startsWith(STAGING) || name.startsWith(PRUNING) || (name.startsWith('.') && name.endsWith('.tmp'))
    if (leftover) await fs.removeTree(join(layout.backupsDir(dir), name))
  }
}

/** Told how a backup is getting on, and able to cancel it until it is in place. */
export interface BackupWatch {
  onProgress?: (progress: BackupProgress) => void
  signal?: AbortSignal
}

/** Why a copied record set would not open: the file (as it is named in the workspace) and what is wrong. */
export class CopyCheckError extends Error {
  constructor(
    readonly field: string,
    readonly what: string,
  ) {
    super(what)
    this.name = 'CopyCheckError'
  }
}

/**
 * Loads a copied workspace with the real loader, read-only, and requires
 * zero problems and every source's text: a copy counts only once it is
 * known to open. Returns what it holds; throws CopyCheckError.
 */
export async function verifyCopy(fs: FsOps, copy: string, workspaceDir: string): Promise<Manifest['counts']> {
  let store: WorkspaceStore
  try {
    store = await WorkspaceStore.open(copy, { fs, readOnly: true })
  } catch (err) {
    if (err instanceof AppError) throw new CopyCheckError(workspaceDir, err.message.replace(/\.$/, ''))
    throw err
  }
  const problem = store.problems[0]
  if (problem) throw new CopyCheckError(join(workspaceDir, problem.file), `${problem.file}: ${problem.reason}`)
  let clippings = 0
  for (const [id, db] of store.sources) {
    if (!(await fs.exists(layout.sourceText(copy, id)))) {
      throw new CopyCheckError(layout.sourceText(workspaceDir, id), `sources/${id}/text.txt is missing`)
    }
    clippings += db.data.clippings.length
  }
  return { sources: store.sources.size, clippings, drafts: store.drafts.size }
}

/**
 * Takes one snapshot of the workspace's record files into backups/<id>/:
 * staged, verified by loading it, given its manifest, then renamed into
 * place and flushed. Nothing is left behind when any step fails.
 */
export async function takeSnapshot(base: FsOps, dir: string, trigger: BackupTrigger, now: Date, watch: BackupWatch = {}): Promise<Manifest> {
  const fs = withCopyOps(base)
  const root = layout.backupsDir(dir)
  let staging: string | null = null
  try {
    await ensureBackupsDir(fs, root)
    await sweepLeftovers(fs, dir)
    let id = backupId(now)
    for (let n = 2; await fs.exists(join(root, id)); n++) id = `${backupId(now)}-${n}`
    staging = join(root, STAGING + id)
    await fs.mkdir(staging)
    const progress = (phase: BackupProgress['phase'], done: number, total: number) =>
      watch.onProgress?.({ action: 'backup', phase, done, total, cancellable: true })
    const { bytes } = await copyRecords(fs, dir, staging, { signal: watch.signal, onSource: (done, total) => progress('copying', done, total) })
    watch.signal?.throwIfAborted()
    progress('checking', 0, 1)
    const counts = await verifyCopy(fs, staging, dir)
    const manifest: Manifest = { id, createdAt: now.toISOString(), trigger, counts, bytes }
    await writeFileDurable(fs, join(staging, MANIFEST_FILE), manifestJson(manifest))
    // The last moment to stop: once renamed, it is a finished backup.
    watch.signal?.throwIfAborted()
    await fs.rename(staging, join(root, id))
    await syncDirectory(fs, root)
    return manifest
  } catch (err) {
    if (staging) await fs.removeTree(staging).catch(() => undefined)
    if (watch.signal?.aborted) {
      throw new AppError({ code: 'cancelled', message: 'The backup was cancelled; nothing of it was kept.', hint: 'Your workspace was not changed.', field: root })
    }
    if (err instanceof CopyCheckError) {
      throw new AppError({
        code: 'workspace-invalid',
        message: `The backup did not pass its check and was removed: ${err.what}.`,
        hint: 'Your workspace was not changed. Run "clausewright check" to see what is damaged; reopening the workspace moves damaged files to quarantine/.',
        field: err.field,
      })
    }
    if (err instanceof AppError) throw err
    throw new AppError({
      code: 'io-failed',
      message: `The backup could not be written to ${root} (${errnoCode(err) ?? String(err)}).`,
      hint: 'Your workspace was not changed. Free some disk space or fix the permissions of the backups folder, then try again.',
      field: root,
    })
  }
}

/** Every finished backup of the workspace, newest first, with why the policy keeps it at `now`. */
export async function listSnapshots(fs: FsOps, dir: string, now: Date): Promise<BackupInfo[]> {
  const root = layout.backupsDir(dir)
  let names: string[]
  try {
    names = await fs.readdir(root)
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return []
    throw err
  }
  const manifests: Manifest[] = []
  // Dot-folders are unfinished; a folder without a valid manifest is not ours to list (or to remove).
  for (const name of names.filter((n) => !n.startsWith('.'))) {
    const manifest = await readManifest(fs, join(root, name), name)
    if (manifest) manifests.push(manifest)
  }
  const reasons = keepReasons(manifests, now)
  return manifests
    .map((m) => ({ ...m, keepReason: reasons.get(m.id) ?? null }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
}

/** Removes the backups the policy no longer keeps at `now`; returns their ids. */
export async function pruneSnapshots(base: FsOps, dir: string, now: Date): Promise<string[]> {
  const fs = withCopyOps(base)
  const root = layout.backupsDir(dir)
  try {
    const expired = (await listSnapshots(fs, dir, now)).filter((b) => b.keepReason === null)
    for (const { id } of expired) {
      await fs.rename(join(root, id), join(root, PRUNING + id))
      await fs.removeTree(join(root, PRUNING + id))
    }
    if (expired.length > 0) await syncDirectory(fs, root)
    return expired.map((b) => b.id)
  } catch (err) {
    throw new AppError({
      code: 'io-failed',
      message: `Older backups could not be removed from ${root} (${errnoCode(err) ?? String(err)}).`,
      hint: 'The new backup is kept. Fix the permissions of the backups folder; the next backup tries again.',
      field: root,
    })
  }
}
