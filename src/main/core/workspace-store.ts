import { relative } from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import type { WorkspaceProblem } from '../../shared/api'
import { AppError } from '../../shared/errors'
import {
  DEFAULT_SETTINGS,
  codebookFileSchema,
  draftFileSchema,
  FORMAT_VERSION,
  sourceFileSchema,
  viewsFileSchema,
  workspaceFileSchema,
  type CodebookFile,
  type ViewsFile,
  type DraftFile,
  type SourceFile,
  type WorkspaceFile,
} from '../../shared/workspace-files'
import { syncDirectory, writeFileDurable } from './durable-write'
import { errnoCode, nodeFs, type FsOps } from './fs-ops'
import { DurableJsonFile, FileLoadError, NewerFormatError, stableJson } from './json-file'
import { mapLimit } from './map-limit'
import { quarantine } from './quarantine'
import { listEntries, newerFormat, readWorkspaceMeta, refuseWrites, removeStaging } from './workspace-open'
import { layout } from './workspace-layout'

export interface StoreOptions {
  fs?: FsOps
  now?: () => Date
  /** Open for reading only: damaged files are reported but left in place, and saves are refused. */
  readOnly?: boolean
}

/**
 * Told of every record file a save replaces, with its data before and after:
 * the undo history listens here, so every mutation is undoable without
 * writing an inverse for each one.
 */
export type SaveRecorder = (key: RecordKey, before: unknown, after: unknown) => void

/** One record group of the workspace, as the undo history names it. */
export type RecordKey = `source:${string}` | `draft:${string}` | 'codebook' | 'views'

type Loaded<T> = { ok: true; data: T } | { ok: false; error: FileLoadError; moveTarget: string }

/**
 * The workspace on disk: one small lowdb file per record group (the codebook,
 * each source with its clippings, each draft), so an edit rewrites one file.
 * Methods here only load and persist; the domain rules live beside it.
 */
export class WorkspaceStore {
  readonly problems: WorkspaceProblem[] = []
  readonly sources = new Map<string, Low<SourceFile>>()
  readonly drafts = new Map<string, Low<DraftFile>>()
  codebook: Low<CodebookFile>
  views: Low<ViewsFile>
  recorder: SaveRecorder | null = null
  /** Which source holds each clipping, so finding one costs the same at any workspace size. */
  private readonly clippingOwner = new Map<string, string>()

  private constructor(
    readonly dir: string,
    readonly fs: FsOps,
    readonly now: () => Date,
    readonly meta: WorkspaceFile,
    readonly readOnly = false,
  ) {
    this.codebook = new Low(this.adapter(layout.codebookFile(dir), codebookFileSchema), {
      formatVersion: FORMAT_VERSION,
      tags: [],
    })
    this.views = new Low(this.adapter(layout.viewsFile(dir), viewsFileSchema), { formatVersion: FORMAT_VERSION, views: [] })
  }

  /** Creates a new workspace in an empty (or missing) folder. */
  static async create(
    dir: string,
    init: { id: string; name: string; codebook: CodebookFile },
    options: StoreOptions = {},
  ): Promise<WorkspaceStore> {
    const fs = options.fs ?? nodeFs
    const now = options.now ?? (() => new Date())
    if ((await fs.exists(dir)) && (await fs.readdir(dir)).length > 0) {
      throw new AppError({
        code: 'invalid-input',
        message: `${dir} is not empty, so a new workspace cannot be created there.`,
        hint: 'Choose an empty folder, or a new one.',
        field: dir,
      })
    }
    const meta: WorkspaceFile = {
      format: 'clausewright-workspace',
      formatVersion: FORMAT_VERSION,
      id: init.id,
      name: init.name,
      createdAt: now().toISOString(),
      settings: DEFAULT_SETTINGS,
    }
    await fs.mkdir(layout.sourcesDir(dir))
    await fs.mkdir(layout.draftsDir(dir))
    const store = new WorkspaceStore(dir, fs, now, meta)
    await store.saveCodebook(init.codebook)
    // workspace.json goes last: a folder without it was never a finished workspace.
    await writeFileDurable(fs, layout.workspaceFile(dir), stableJson(workspaceFileSchema, meta))
    return store
  }

  /**
   * Opens an existing workspace: reads and validates every file, moves damaged
   * ones to quarantine (reported in `problems`), and refuses, touching nothing,
   * a workspace that holds any file of a newer format version.
   */
  static async open(dir: string, options: StoreOptions = {}): Promise<WorkspaceStore> {
    const fs = options.fs ?? nodeFs
    const now = options.now ?? (() => new Date())
    const meta = await readWorkspaceMeta(fs, dir)
    const store = new WorkspaceStore(dir, fs, now, meta, options.readOnly ?? false)

    const codebook = await store.load(layout.codebookFile(dir), codebookFileSchema, layout.codebookFile(dir))
    const views = await store.load(layout.viewsFile(dir), viewsFileSchema, layout.viewsFile(dir))
    const sourceIds = await listEntries(fs, layout.sourcesDir(dir))
    const sources = await mapLimit(sourceIds, 32, (id) =>
      store.load(layout.sourceFile(dir, id), sourceFileSchema, layout.sourceDir(dir, id)),
    )
    const draftNames = (await listEntries(fs, layout.draftsDir(dir))).filter((n) => n.endsWith('.json'))
    const drafts = await mapLimit(draftNames, 32, (name) =>
      store.load(`${layout.draftsDir(dir)}/${name}`, draftFileSchema, `${layout.draftsDir(dir)}/${name}`),
    )

    // Quarantine only once every file has been read: a newer-format file
    // anywhere must leave the whole workspace untouched.
    const when = now()
    const setAside = async (loaded: Loaded<unknown> | null) => {
      if (loaded && !loaded.ok) {
        const { path, reason } = loaded.error
        store.problems.push(
          store.readOnly
            ? { file: relative(dir, path), reason, movedTo: '' }
            : await quarantine(fs, dir, loaded.moveTarget, path, reason, when),
        )
      }
    }
    await setAside(codebook)
    if (codebook?.ok) store.codebook.data = codebook.data
    await setAside(views)
    if (views?.ok) store.views.data = views.data
    for (const [i, loaded] of sources.entries()) {
      await setAside(loaded)
      if (loaded?.ok) {
        const id = sourceIds[i] as string
        if (loaded.data.source.id !== id) {
          await setAside({
            ok: false,
            error: new FileLoadError(layout.sourceFile(dir, id), `its id ${loaded.data.source.id} does not match its folder name`),
            moveTarget: layout.sourceDir(dir, id),
          })
          continue
        }
        store.sources.set(id, store.lowFor(layout.sourceFile(dir, id), sourceFileSchema, loaded.data))
        store.own(id, [], loaded.data.clippings)
      }
    }
    for (const loaded of drafts) {
      await setAside(loaded)
      if (loaded?.ok) {
        const draft = loaded.data.draft
        store.drafts.set(draft.id, store.lowFor(layout.draftFile(dir, draft.id), draftFileSchema, loaded.data))
      }
    }
    return store
  }

  /** Persists a source file, then (only once it is on disk) takes it as current. */
  async saveSource(next: SourceFile): Promise<void> {
    const db = this.sources.get(next.source.id)
    if (!db) throw new AppError({ code: 'not-found', message: `No source with id ${next.source.id}.` })
    await db.adapter.write(next)
    this.recorder?.(`source:${next.source.id}`, db.data, next)
    this.own(next.source.id, db.data.clippings, next.clippings)
    db.data = next
  }

  /**
   * Adds a new source: its text and metadata are written into a hidden
   * staging folder that is renamed into place, so the source appears whole
   * or not at all.
   */
  async addSource(file: SourceFile, text: string, original?: { extension: string; bytes: Uint8Array }): Promise<void> {
    this.assertWritable()
    const id = file.source.id
    const staging = `${layout.sourcesDir(this.dir)}/.new-${id}`
    await this.fs.mkdir(staging)
    try {
      if (original) await writeFileDurable(this.fs, `${staging}/original.${original.extension}`, original.bytes)
      await writeFileDurable(this.fs, `${staging}/text.txt`, text)
      await writeFileDurable(this.fs, `${staging}/source.json`, stableJson(sourceFileSchema, file))
      await this.fs.rename(staging, layout.sourceDir(this.dir, id))
      await syncDirectory(this.fs, layout.sourcesDir(this.dir))
    } catch (err) {
      await removeStaging(this.fs, staging)
      throw err
    }
    this.sources.set(id, this.lowFor(layout.sourceFile(this.dir, id), sourceFileSchema, file))
    this.own(id, [], file.clippings)
  }

  /** The id of the source that holds a clipping, if any. */
  sourceOfClipping(clippingId: string): string | undefined {
    return this.clippingOwner.get(clippingId)
  }

  private own(sourceId: string, before: readonly { id: string }[], after: readonly { id: string }[]): void {
    for (const c of before) this.clippingOwner.delete(c.id)
    for (const c of after) this.clippingOwner.set(c.id, sourceId)
  }

  async saveDraft(next: DraftFile): Promise<void> {
    const id = next.draft.id
    const existing = this.drafts.get(id)
    const db = existing ?? this.lowFor(layout.draftFile(this.dir, id), draftFileSchema, next)
    await db.adapter.write(next)
    this.recorder?.(`draft:${id}`, existing?.data ?? null, next)
    db.data = next
    this.drafts.set(id, db)
  }

  /** Moves a draft's file to trash/ (undoing its creation); the file itself is kept. */
  async removeDraft(id: string): Promise<void> {
    const db = this.drafts.get(id)
    if (!db) return
    const trash = `${layout.trashDir(this.dir)}/drafts`
    await this.fs.mkdir(trash)
    await this.fs.rename(layout.draftFile(this.dir, id), `${trash}/${id}-${this.now().toISOString().replace(/[:.]/g, '-')}.json`)
    await syncDirectory(this.fs, layout.draftsDir(this.dir))
    this.recorder?.(`draft:${id}`, db.data, null)
    this.drafts.delete(id)
  }

  async saveCodebook(next: CodebookFile): Promise<void> {
    await this.codebook.adapter.write(next)
    this.recorder?.('codebook', this.codebook.data, next)
    this.codebook.data = next
  }

  async saveViews(next: ViewsFile): Promise<void> {
    await this.views.adapter.write(next)
    this.recorder?.('views', this.views.data, next)
    this.views.data = next
  }

  private assertWritable(): void {
    if (this.readOnly) {
      throw new AppError({ code: 'forbidden', message: 'This workspace is open for reading only.' })
    }
  }

  async readText(sourceId: string): Promise<string> {
    try {
      return (await this.fs.readFile(layout.sourceText(this.dir, sourceId))).toString('utf8')
    } catch (err) {
      throw new AppError({
        code: 'workspace-invalid',
        message: `The text of source ${sourceId} could not be read (${errnoCode(err) ?? String(err)}).`,
        hint: 'Run "clausewright check" on this workspace, or restore the source from a backup.',
        field: layout.sourceText(this.dir, sourceId),
      })
    }
  }

  private adapter<S extends z.ZodType>(path: string, schema: S): DurableJsonFile<S> {
    return new DurableJsonFile(this.readOnly ? refuseWrites(this.fs) : this.fs, path, schema, FORMAT_VERSION)
  }

  private lowFor<S extends z.ZodType>(path: string, schema: S, data: z.output<S>): Low<z.output<S>> {
    return new Low(this.adapter(path, schema), data)
  }

  private async load<S extends z.ZodType>(
    path: string,
    schema: S,
    moveTarget: string,
  ): Promise<Loaded<z.output<S>> | null> {
    try {
      const data = await this.adapter(path, schema).read()
      if (data === null) {
        if (moveTarget === path) return null
        return { ok: false, error: new FileLoadError(path, 'the source folder has no source.json'), moveTarget }
      }
      return { ok: true, data }
    } catch (err) {
      if (err instanceof NewerFormatError) throw newerFormat(this.dir, err)
      if (err instanceof FileLoadError) return { ok: false, error: err, moveTarget }
      throw err
    }
  }
}
