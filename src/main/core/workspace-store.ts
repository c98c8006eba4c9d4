import { relative } from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import type { ReadingProgress, WorkspaceProblem, WorkspaceUpgrade } from '../../shared/api'
import { AppError } from '../../shared/errors'
import {
  DEFAULT_SETTINGS,
  codebookFileSchema,
  draftFileSchema,
  FORMAT_VERSION,
  viewsFileSchema,
  workspaceFileSchema,
  type CodebookFile,
  type ViewsFile,
  type DraftFile,
  type SourceData,
  type WorkspaceFile,
} from '../../shared/workspace-files'
import { ioError, syncDirectory, writeFileDurable } from './durable-write'
import { nodeFs, type FsOps } from './fs-ops'
import { DurableJsonFile, FileLoadError, NewerFormatError, stableJson } from './json-file'
import { mapInOrder, mapLimit } from './map-limit'
import type { ShardMap } from './clipping-shards'
import { quarantine } from './quarantine'
import { readSourceFolder, recordOf, SourceRecord, type LoadedSource } from './source-folder'
import { placeNewSource, swapSourceFolder } from './source-placement'
import { TaskQueue } from './task-queue'
import { listEntries, loadRecord, newerFormat, notEmpty, readWorkspaceMeta, refuseWrites, retiredError, unreadableText, type LoadedRecord } from './workspace-open'
import { layout } from './workspace-layout'

export interface StoreOptions {
  fs?: FsOps
  now?: () => Date
  /** Open for reading only: damaged files are reported but left in place, and saves are refused. */
  readOnly?: boolean
  /**
   * Told while the workspace is read, with the store as read so far: once
   * its codebook, views and drafts are in, then each time more sources are,
   * in their order on disk. A host shows the first rows from it long before
   * the last source is read.
   */
  onReading?: (store: WorkspaceStore, progress: ReadingProgress) => void
}

/**
 * How many sources are read first, on their own: a window waiting for its
 * first rows (opening-handlers.ts) gets them as soon as these are in.
 */
export const FIRST_WAVE_SOURCES = 32

/**
 * Told of every record file a save replaces, with its data before and after:
 * the undo history listens here, so every mutation is undoable without
 * writing an inverse for each one.
 */
export type SaveRecorder = (key: RecordKey, before: unknown, after: unknown) => void

/** One record group of the workspace, as the undo history names it. */
export type RecordKey = `source:${string}` | `draft:${string}` | 'codebook' | 'views'

/**
 * The workspace on disk: one small lowdb file per record group (the
 * codebook, the views, each draft), and per source a folder with its
 * metadata and its clippings in shards (source-folder.ts), so an edit
 * rewrites one small file. Methods here only load and persist; the domain
 * rules live beside it.
 */
export class WorkspaceStore {
  readonly problems: WorkspaceProblem[] = []
  readonly sources = new Map<string, SourceRecord>()
  /** Set by the writer when it migrated the workspace from an older format on opening it. */
  upgrade: WorkspaceUpgrade | null = null
  readonly drafts = new Map<string, Low<DraftFile>>()
  codebook: Low<CodebookFile>
  views: Low<ViewsFile>
  recorder: SaveRecorder | null = null
  /** New sources are added one at a time, so that each one's duplicate check sees every source added before it. */
  readonly additions = new TaskQueue()
  private readonly changeListeners = new Set<(key: RecordKey) => void>()
  /** Set once a newer store replaced this one (after a restore): its data is stale, so it must not write. */
  private retired = false
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
    if ((await fs.exists(dir)) && (await fs.readdir(dir)).length > 0) throw notEmpty(dir)
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

    // The small files go first (together), so that the store read so far is a workspace a window can show.
    const readDrafts = async () => {
      const names = (await listEntries(fs, layout.draftsDir(dir))).filter((n) => n.endsWith('.json'))
      return { names, loaded: await mapLimit(names, 32, (name) => store.load(`${layout.draftsDir(dir)}/${name}`, draftFileSchema)) }
    }
    const [codebook, views, { names: draftNames, loaded: drafts }, sourceIds] = await Promise.all([
      store.load(layout.codebookFile(dir), codebookFileSchema),
      store.load(layout.viewsFile(dir), viewsFileSchema),
      readDrafts(),
      listEntries(fs, layout.sourcesDir(dir)),
    ])
    if (codebook?.ok) store.codebook.data = codebook.data
    if (views?.ok) store.views.data = views.data
    // As for sources: a draft saved under its id would land in a second file beside this one.
    const misnamed = (i: number, id: string) => `${id}.json` !== draftNames[i]
    for (const [i, loaded] of drafts.entries()) {
      if (loaded?.ok && !misnamed(i, loaded.data.draft.id)) {
        const id = loaded.data.draft.id
        store.drafts.set(id, store.lowFor(layout.draftFile(dir, id), draftFileSchema, loaded.data))
      }
    }

    // Sources are taken in their order on disk, each once all before it are read, so
    // the sources and rows read so far are always the first ones of the whole workspace.
    const report = (sourcesRead: number) => options.onReading?.(store, { sourcesRead, sourcesTotal: sourceIds.length })
    report(0)
    const take = (loaded: LoadedRecord<LoadedSource>, index: number) => {
      const id = sourceIds[index] as string
      if (loaded.ok) {
        store.sources.set(id, recordOf(store.writeFs, layout.sourceDir(dir, id), loaded.data))
        store.own(id, [], loaded.data.data.clippings)
      }
      report(index + 1)
    }
    // The first wave is read alone: the others would compete with it for the disk and the parser.
    const wave = sourceIds.slice(0, FIRST_WAVE_SOURCES)
    const sources = [
      ...(await mapInOrder(wave, FIRST_WAVE_SOURCES, (id) => store.loadSource(id), take)),
      ...(await mapInOrder(sourceIds.slice(wave.length), 32, (id) => store.loadSource(id), (loaded, i) => take(loaded, wave.length + i))),
    ]

    // Quarantine only once every file has been read: a newer-format file
    // anywhere must leave the whole workspace untouched.
    const when = now()
    const setAside = async (loaded: LoadedRecord<unknown> | null) => {
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
    await setAside(views)
    for (const loaded of sources) {
      await setAside(loaded)
      if (loaded.ok) for (const error of loaded.data.damaged) await setAside({ ok: false, error, moveTarget: error.path })
    }
    for (const [i, loaded] of drafts.entries()) {
      await setAside(loaded)
      if (loaded?.ok && misnamed(i, loaded.data.draft.id)) {
        const path = `${layout.draftsDir(dir)}/${draftNames[i]}`
        await setAside({ ok: false, error: new FileLoadError(path, `its id ${loaded.data.draft.id} does not match its file name`), moveTarget: path })
      }
    }
    return store
  }

  /** Persists a source and its clippings, then (only once it is on disk) takes them as current. */
  async saveSource(next: SourceData): Promise<void> {
    const record = this.sources.get(next.source.id)
    if (!record) throw new AppError({ code: 'not-found', message: `No source with id ${next.source.id}.` })
    this.assertWritable()
    const before = record.data
    await record.save(next)
    this.saved(`source:${next.source.id}`, before, next)
    this.own(next.source.id, before.clippings, next.clippings)
  }

  /** True when any file was read in an older format: the writer migrates it before anything else. */
  needsMigration(): boolean {
    return this.oldestFormat() < FORMAT_VERSION
  }

  /** The oldest format version among the files read. */
  oldestFormat(): number {
    let oldest = Math.min(this.meta.formatVersion, this.codebook.data.formatVersion, this.views.data.formatVersion)
    for (const record of this.sources.values()) oldest = Math.min(oldest, record.version)
    for (const db of this.drafts.values()) oldest = Math.min(oldest, db.data.formatVersion)
    return oldest
  }

  /**
   * Rewrites in the current format every file that was read in an older
   * one, workspace.json last: until then the migration is unfinished, and
   * the next writer runs it again (files already migrated are skipped).
   * Not recorded for undo. The caller reads the workspace again afterwards.
   */
  async migrateFiles(): Promise<void> {
    this.assertWritable()
    for (const record of this.sources.values()) if (record.version < FORMAT_VERSION) await record.rewriteWhole()
    const current = <T extends { formatVersion: number }>(data: T): T => ({ ...data, formatVersion: FORMAT_VERSION })
    if (this.codebook.data.formatVersion < FORMAT_VERSION) await this.codebook.adapter.write(current(this.codebook.data))
    if (this.views.data.formatVersion < FORMAT_VERSION) await this.views.adapter.write(current(this.views.data))
    for (const db of this.drafts.values()) if (db.data.formatVersion < FORMAT_VERSION) await db.adapter.write(current(db.data))
    await writeFileDurable(this.fs, layout.workspaceFile(this.dir), stableJson(workspaceFileSchema, current(this.meta)))
  }

  /** Adds a new source, which appears whole or not at all (see source-placement.ts). */
  async addSource(data: SourceData, text: string, original?: { extension: string; bytes: Uint8Array }): Promise<void> {
    this.assertWritable()
    const id = data.source.id
    this.written(data, await placeNewSource(this.fs, this.dir, data, text, original))
    this.own(id, [], data.clippings)
    // Not undoable (a new source is kept even when its clippings are undone), but still a change.
    this.saved(`source:${id}`, null, data, false)
  }

  /**
   * Replaces a source's text and data at once (a re-extraction), as one
   * swap of its folder (see source-placement.ts). Not undoable: the caller
   * backs the workspace up first.
   */
  async replaceSourceText(data: SourceData, text: string): Promise<void> {
    this.assertWritable()
    const id = data.source.id
    const record = this.sources.get(id)
    if (!record) throw new AppError({ code: 'not-found', message: `No source with id ${id}.` })
    const before = record.data
    this.written(data, await swapSourceFolder(this.fs, this.dir, data, text))
    this.own(id, before.clippings, data.clippings)
    this.saved(`source:${id}`, before, data, false)
  }

  /** Takes a source folder just written whole, in the current format, as the record of its source. */
  private written(data: SourceData, shards: ShardMap): void {
    const id = data.source.id
    this.sources.set(id, recordOf(this.fs, layout.sourceDir(this.dir, id), { data, shards, version: FORMAT_VERSION, damaged: [] }))
  }

  /** The name of the original file kept for a source (for re-extraction), or null when it has none, such as pasted text. */
  async originalName(sourceId: string): Promise<string | null> {
    const names = await this.fs.readdir(layout.sourceDir(this.dir, sourceId)).catch(() => [])
    return names.find((n) => n.startsWith('original.') && !n.endsWith('.tmp')) ?? null
  }

  /** The original file kept for a source, or null when it has none. */
  async readOriginal(sourceId: string): Promise<{ name: string; bytes: Buffer } | null> {
    const name = await this.originalName(sourceId)
    if (!name) return null
    return { name, bytes: await this.fs.readFile(`${layout.sourceDir(this.dir, sourceId)}/${name}`) }
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
    this.assertWritable()
    await db.adapter.write(next)
    this.saved(`draft:${id}`, existing?.data ?? null, next)
    db.data = next
    this.drafts.set(id, db)
  }

  /** Moves a draft's file to trash/ (undoing its creation); the file itself is kept. */
  async removeDraft(id: string): Promise<void> {
    const db = this.drafts.get(id)
    if (!db) return
    this.assertWritable()
    const trash = `${layout.trashDir(this.dir)}/drafts`
    const file = layout.draftFile(this.dir, id)
    const trashed = `${trash}/${id}-${this.now().toISOString().replace(/[:.]/g, '-')}.json`
    try {
      await this.fs.mkdir(trash)
      await this.fs.rename(file, trashed)
    } catch (err) {
      throw ioError(file, err)
    }
    try {
      await syncDirectory(this.fs, layout.draftsDir(this.dir))
    } catch (err) {
      // The caller is told the draft was not deleted, so its file comes back from the trash.
      await this.fs.rename(trashed, file).catch(() => undefined)
      throw ioError(file, err)
    }
    this.saved(`draft:${id}`, db.data, null)
    this.drafts.delete(id)
  }

  async saveCodebook(next: CodebookFile): Promise<void> {
    this.assertWritable()
    await this.codebook.adapter.write(next)
    this.saved('codebook', this.codebook.data, next)
    this.codebook.data = next
  }

  async saveViews(next: ViewsFile): Promise<void> {
    this.assertWritable()
    await this.views.adapter.write(next)
    this.saved('views', this.views.data, next)
    this.views.data = next
  }

  /**
   * Calls `listener` after every record saved (an edit, an undo, a new
   * source), so automatic backups know the workspace changed without
   * wrapping each operation. Returns the function that stops it.
   */
  onChange(listener: (key: RecordKey) => void): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  /** Makes this store refuse every save from now on: a newer store read the workspace again. */
  retire(): void {
    this.retired = true
  }

  private saved(key: RecordKey, before: unknown, after: unknown, undoable = true): void {
    if (undoable) this.recorder?.(key, before, after)
    for (const listener of this.changeListeners) listener(key)
  }

  private assertWritable(): void {
    if (this.readOnly) throw new AppError({ code: 'forbidden', message: 'This workspace is open for reading only.' })
    if (this.retired) throw retiredError(this.dir)
  }

  async readText(sourceId: string): Promise<string> {
    try {
      return (await this.fs.readFile(layout.sourceText(this.dir, sourceId))).toString('utf8')
    } catch (err) {
      throw unreadableText(layout.sourceText(this.dir, sourceId), sourceId, err)
    }
  }

  /** The file system that saves go through: one that refuses them when the store is read-only. */
  private get writeFs(): FsOps {
    return this.readOnly ? refuseWrites(this.fs) : this.fs
  }

  private adapter<S extends z.ZodType>(path: string, schema: S): DurableJsonFile<S> {
    return new DurableJsonFile(this.writeFs, path, schema, FORMAT_VERSION)
  }

  /** Reads one source folder; a newer-format file anywhere stops the whole open. */
  private async loadSource(id: string): Promise<LoadedRecord<LoadedSource>> {
    try {
      return { ok: true, data: await readSourceFolder(this.fs, layout.sourceDir(this.dir, id), id) }
    } catch (err) {
      if (err instanceof NewerFormatError) throw newerFormat(this.dir, err)
      if (err instanceof FileLoadError) return { ok: false, error: err, moveTarget: layout.sourceDir(this.dir, id) }
      throw err
    }
  }

  private lowFor<S extends z.ZodType>(path: string, schema: S, data: z.output<S>): Low<z.output<S>> {
    return new Low(this.adapter(path, schema), data)
  }

  private load<S extends z.ZodType>(path: string, schema: S): Promise<LoadedRecord<z.output<S>> | null> {
    return loadRecord(this.dir, this.adapter(path, schema), path)
  }
}
