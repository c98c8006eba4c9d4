import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { FORMAT_VERSION, workspaceFileSchema, type WorkspaceFile } from '../../shared/workspace-files'
import { errnoCode, type FsOps } from './fs-ops'
import { DurableJsonFile, FileLoadError, NewerFormatError } from './json-file'
import { isRecordEntry, layout, SHARDS_FOLDER } from './workspace-layout'

/*
 * Helpers of the workspace store for opening a folder: reading its
 * workspace.json, listing record folders, and guarding a read-only store.
 */

/** One record file as the loader found it: its data, or why it failed and what to move aside. */
export type LoadedRecord<T> = { ok: true; data: T } | { ok: false; error: FileLoadError; moveTarget: string }

export async function readWorkspaceMeta(fs: FsOps, dir: string): Promise<WorkspaceFile> {
  const path = layout.workspaceFile(dir)
  const adapter = new DurableJsonFile(fs, path, workspaceFileSchema, FORMAT_VERSION)
  let meta: WorkspaceFile | null
  try {
    meta = await adapter.read()
  } catch (err) {
    if (err instanceof NewerFormatError) throw newerFormat(dir, err)
    if (err instanceof FileLoadError) {
      throw new AppError({
        code: 'workspace-invalid',
        message: `The workspace file ${path} cannot be read: ${err.reason}.`,
        hint: 'Nothing was changed. Restore workspace.json from a backup or from git.',
        field: path,
      })
    }
    throw err
  }
  if (meta) return meta
  const empty = !(await fs.exists(dir)) || (await fs.readdir(dir)).length === 0
  throw new AppError({
    code: empty ? 'not-found' : 'workspace-invalid',
    message: empty
      ? `There is no workspace at ${dir}.`
      : `${dir} is not a Clausewright workspace: it has no workspace.json.`,
    hint: empty
      ? 'Create one with "clausewright init".'
      : 'Choose the folder that holds workspace.json, or an empty folder for a new workspace.',
    field: dir,
  })
}

export function newerFormat(dir: string, err: NewerFormatError): AppError {
  return new AppError({
    code: 'newer-format',
    message: `This workspace was written by a newer version of Clausewright (${err.path} has format version ${err.version}; this version reads up to ${FORMAT_VERSION}).`,
    hint: 'Nothing was changed. Open it with a newer Clausewright.',
    field: dir,
  })
}

export async function listEntries(fs: FsOps, dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).filter(isRecordEntry).sort()
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return []
    throw err
  }
}

export function refuseWrites(fs: FsOps): FsOps {
  return {
    ...fs,
    open: (path, flags) =>
      flags === 'r' ? fs.open(path, flags) : Promise.reject(new AppError({ code: 'forbidden', message: 'This workspace is open for reading only.' })),
  }
}

/** Removes a staging folder of a new source: its files, and its clippings/ folder of shards. */
export async function removeStaging(fs: FsOps, staging: string): Promise<void> {
  try {
    const shards = join(staging, SHARDS_FOLDER)
    for (const name of await fs.readdir(shards).catch(() => [])) await fs.unlink(join(shards, name))
    await fs.rmdir(shards).catch(() => undefined)
    for (const name of await fs.readdir(staging)) await fs.unlink(join(staging, name))
    await fs.rmdir(staging)
  } catch {
    // A leftover staging folder is ignored by the loader; nothing to lose.
  }
}

/**
 * Reads one record file for the loader (sources have their own, in
 * source-folder.ts). Null means the file is absent. A file of a newer
 * format stops the whole open, so that nothing is touched.
 */
export async function loadRecord<T>(
  dir: string,
  adapter: { read(): Promise<T | null> },
  path: string,
): Promise<LoadedRecord<T> | null> {
  try {
    const data = await adapter.read()
    return data === null ? null : { ok: true, data }
  } catch (err) {
    if (err instanceof NewerFormatError) throw newerFormat(dir, err)
    if (err instanceof FileLoadError) return { ok: false, error: err, moveTarget: path }
    throw err
  }
}

/** Why a workspace cannot be created in a folder that already holds something. */
export function notEmpty(dir: string): AppError {
  return new AppError({
    code: 'invalid-input',
    message: `${dir} is not empty, so a new workspace cannot be created there.`,
    hint: 'Choose an empty folder, or a new one.',
    field: dir,
  })
}

/** Why a source's text could not be read, with what to do about it. */
export function unreadableText(path: string, sourceId: string, err: unknown): AppError {
  return new AppError({
    code: 'workspace-invalid',
    message: `The text of source ${sourceId} could not be read (${errnoCode(err) ?? String(err)}).`,
    hint: 'Run "clausewright check" on this workspace, or restore the source from a backup.',
    field: path,
  })
}

/** What a replaced store answers to a save that was queued before a restore. */
export function retiredError(dir: string): AppError {
  return new AppError({
    code: 'forbidden',
    message: 'A backup was restored while this change was waiting to be saved, so it was not saved.',
    hint: 'The workspace now holds the restored backup. Make the change again if you still want it.',
    field: dir,
  })
}
