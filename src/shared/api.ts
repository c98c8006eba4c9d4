import { z } from 'zod'
import { backupIdSchema, type BackupInfo, type BackupProgress, type BackupRestore } from './backups'
import type { Result } from './errors'
import { bulkClippingInput, clippingPatchSchema, createClippingInput, deleteClippingsInput } from './clipping-inputs'
import { createTagInput, mergeTagsInput, tagPatchSchema } from './codebook-inputs'
import { articleSchema, idSchema, paragraphSchema, partialDateSchema, sourceKindSchema } from './model'
import type { Clipping, Draft, Source, Tag } from './model'
import { saveViewInput, type SavedView } from './views'

/** A file of the workspace that failed to load and was moved aside. */
export interface WorkspaceProblem {
  /** Path relative to the workspace folder, as it was. */
  file: string
  reason: string
  /** Where the file now is, relative to the workspace folder. */
  movedTo: string
}

/** A workspace of an older format, migrated by this process when it opened it. */
export interface WorkspaceUpgrade {
  from: number
  to: number
  /** The verified backup of the workspace as it was before, in backups/, and when it was taken. */
  backupId: string
  backupTakenAt: string
}

export interface WorkspaceInfo {
  path: string
  name: string
  formatVersion: number
  counts: { sources: number; clippings: number; tags: number; drafts: number }
  problems: WorkspaceProblem[]
  upgrade: WorkspaceUpgrade | null
  /** Largest file this workspace imports, in MB: the window refuses bigger ones before reading them. */
  importSizeLimitMb: number
  /**
   * Set while the workspace is still being read: the lists hold the sources
   * read so far (the first ones), and changes wait until every one is read.
   */
  reading: ReadingProgress | null
}

/** How far the reading of a workspace has got. */
export interface ReadingProgress {
  sourcesRead: number
  sourcesTotal: number
}

export type SourceRow = Source & { clippingCount: number }

/** What re-extracting a source from its original file does to its text and clippings. */
export interface ReextractPlan {
  sourceId: string
  /** The new text is the one the source has. */
  unchanged: boolean
  oldLength: number
  newLength: number
  /** Hash of the new text: applying requires the text the preview showed. */
  textHash: string
  /** Clippings found at their offsets, and found elsewhere. */
  kept: number
  moved: number
  /** Clippings whose quote the new text no longer has: while any remain, nothing is applied. */
  orphans: Array<{ id: string; quote: string; reason: string }>
}

export interface SourceDetail {
  source: Source
  text: string
  clippings: Clipping[]
  /** The imported file is kept, so the text can be extracted again from it. */
  hasOriginal: boolean
}

/** What became of one imported file. */
export type ImportResult =
  | { name: string; status: 'imported'; source: Source; warnings: string[] }
  | { name: string; status: 'duplicate'; duplicateOf: { id: string; title: string } }
  | { name: string; status: 'failed'; reason: string }

export interface SearchHit {
  /** The source's id, or the clipping's id for a clipping hit. */
  id: string
  kind: 'source' | 'clipping'
  sourceId: string
  title: string
  score: number
  snippet: { text: string; highlights: Array<[number, number]> }
  /** Offset of the best match in the source's text, to open the reader there. */
  offset: number
  matchCount: number
}

export interface SearchResponse {
  query: string
  hits: SearchHit[]
  /** True while the index is still being built: more hits may come. */
  partial: boolean
  /** While partial: documents (sources and clippings) indexed so far, of all. */
  indexing: { done: number; total: number } | null
  /** True when no document held every term, so documents with some of them are shown. */
  relaxed: boolean
  tookMs: number
}

export type ClippingRow = Clipping & { sourceTitle: string; sourceDate: string }

/** What undo and redo would do next, for menus and buttons. */
export interface HistoryState {
  undoLabel: string | null
  redoLabel: string | null
}

/** The outcome of an undo or redo: what was done, and the state after it. */
export interface HistoryStep extends HistoryState {
  /** The label of the operation undone or redone; null when there was nothing to do. */
  did: string | null
}

export interface DraftSummary {
  id: string
  title: string
  articleCount: number
  paragraphCount: number
  updatedAt: string
}

export const exportFormats = ['markdown', 'json', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** A draft exported as text, with the file name to offer for it. */
export interface DraftExport {
  format: ExportFormat
  fileName: string
  content: string
}

/** Where a saved export went; null when the user cancelled the save dialog. */
export interface SavedExport {
  path: string | null
}

/** What importing a JSON clause pack did. */
export interface ImportPackSummary {
  draftId: string
  sourcesCreated: number
  sourcesReused: number
  clippingsCreated: number
  clippingsReused: number
  tagsCreated: number
}

/** A workspace opened before, as File → Open recent lists it. */
export interface RecentWorkspace {
  path: string
  name: string
  openedAt: string
  /** The folder no longer holds a workspace (moved, deleted, on a drive not attached). */
  missing: boolean
  /** The workspace open in this window now. */
  current: boolean
}

/** What Help → About shows: the app, the shell it runs in, and where its data is. */
export interface AboutInfo {
  version: string
  /** The licence package.json declares, or null where it declares none. */
  licence: string | null
  host: 'electron' | 'browser'
  /** Versions of the shell's parts; null where this host cannot know one. */
  versions: { electron: string | null; chromium: string | null; node: string }
  workspacePath: string
  dataPath: string
  /** Whether workspace.chooseFolder has a system folder dialog to show. */
  canChooseFolder: boolean
  /** Whether this window can open another workspace (a test harness bound to one folder cannot). */
  canSwitchWorkspace: boolean
}

const noInput = z.object({}).strict()
const byId = z.object({ id: idSchema }).strict()
const folderInput = z.object({ path: z.string().trim().min(1, 'type or paste the folder').max(4096) }).strict()

export const createSourceInput = z
  .object({
    title: z.string().trim().min(1, 'give the source a title').max(500),
    text: z.string().refine((t) => t.trim().length > 0, 'paste some text'),
    kind: sourceKindSchema.default('note'),
    authors: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    publisher: z.string().trim().max(300).default(''),
    date: partialDateSchema.or(z.literal('')).default(''),
    url: z.string().trim().max(2000).default(''),
  })
  .strict()
export type CreateSourceInput = z.input<typeof createSourceInput>

export const importFileInput = z
  .object({
    /** The file's name, or its path inside a dropped folder. */
    name: z.string().min(1).max(1000),
    /** The file's bytes, base64-encoded (both hosts carry strings safely). */
    data: z.string(),
  })
  .strict()

export const sourcePatchSchema = z
  .object({
    title: z.string().trim().min(1, 'a source needs a title').max(500),
    kind: sourceKindSchema,
    authors: z.array(z.string().trim().min(1).max(200)).max(50),
    publisher: z.string().trim().max(300),
    date: partialDateSchema.or(z.literal('')),
    url: z.string().trim().max(2000),
    language: z.string().trim().max(35),
    note: z.string().max(20000),
  })
  .partial()
  .strict()
export type SourcePatch = z.infer<typeof sourcePatchSchema>

export const draftBodySchema = z
  .object({
    title: z.string().trim().min(1, 'give the draft a title').max(300),
    preamble: z.array(paragraphSchema).max(500),
    articles: z.array(articleSchema).max(1000),
  })
  .strict()

const exportInput = z
  .object({
    id: idSchema,
    format: z.enum(exportFormats),
    /** Puts this date in the Markdown front matter; without it the same draft gives the same bytes. */
    date: partialDateSchema.optional(),
  })
  .strict()

/** The menus of the window and of the operating system, in this order. */
export const appMenuGroups = ['File', 'Edit', 'View', 'Draft', 'Help'] as const

const menuCommandItem = z
  .object({
    type: z.literal('command'),
    /** The command's id in the renderer's list; a recent workspace's id holds its folder's path. */
    id: z.string().min(1).max(4200),
    title: z.string().min(1).max(300),
    /** The shortcut as the app spells it ("Ctrl+Shift+F", "?"). */
    keys: z.string().min(1).max(40).optional(),
    enabled: z.boolean().optional(),
    /** A setting of the menu (the theme): shown ticked or not. */
    checked: z.boolean().optional(),
  })
  .strict()
const menuSeparator = z.object({ type: z.literal('separator') }).strict()
const menuSubmenu = z
  .object({
    type: z.literal('submenu'),
    title: z.string().min(1).max(300),
    items: z.array(z.discriminatedUnion('type', [menuCommandItem, menuSeparator])).max(40),
  })
  .strict()

/** The menus as the renderer builds them from its command list, for the Electron host's native menu bar. */
export const appMenuInput = z
  .object({
    groups: z
      .array(
        z
          .object({
            name: z.enum(appMenuGroups),
            items: z.array(z.discriminatedUnion('type', [menuCommandItem, menuSeparator, menuSubmenu])).max(80),
          })
          .strict(),
      )
      .max(appMenuGroups.length)
      .refine((groups) => new Set(groups.map((g) => g.name)).size === groups.length, 'each menu appears once'),
  })
  .strict()
export type AppMenuModel = z.infer<typeof appMenuInput>
export type AppMenuEntry = AppMenuModel['groups'][number]['items'][number]
export type AppMenuCommand = z.infer<typeof menuCommandItem>

/** Main to renderer: the id of the native menu item the user chose, on a channel of its own. */
export const menuCommandChannel = 'menu.command'

/** Declares one operation: its input schema and (as a type only) its output. */
function op<O>() {
  return <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O })
}

/**
 * Every operation between the UI and the core, once. The preload, the IPC
 * handlers and the browser test host are all derived from this object.
 */
export const apiContract = {
  'workspace.info': op<WorkspaceInfo>()(noInput),
  'sources.list': op<SourceRow[]>()(noInput),
  'sources.get': op<SourceDetail>()(byId),
  'sources.createFromText': op<Source>()(createSourceInput),
  'sources.importFile': op<ImportResult>()(importFileInput),
  'sources.update': op<Source>()(z.object({ id: idSchema, patch: sourcePatchSchema }).strict()),
  'sources.previewReextract': op<ReextractPlan>()(byId),
  'sources.reextract': op<ReextractPlan>()(z.object({ id: idSchema, textHash: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  'search.query': op<SearchResponse>()(
    z.object({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(200).default(50) }).strict(),
  ),
  'clippings.list': op<ClippingRow[]>()(noInput),
  'clippings.create': op<Clipping>()(createClippingInput),
  'clippings.update': op<Clipping>()(z.object({ id: idSchema, patch: clippingPatchSchema }).strict()),
  'clippings.bulkUpdate': op<{ updated: number }>()(bulkClippingInput),
  'clippings.delete': op<{ deleted: number }>()(deleteClippingsInput),
  'codebook.list': op<Tag[]>()(noInput),
  'codebook.createTag': op<Tag>()(createTagInput),
  'codebook.updateTag': op<Tag>()(z.object({ id: idSchema, patch: tagPatchSchema }).strict()),
  'codebook.mergeTags': op<{ clippingsMoved: number }>()(mergeTagsInput),
  'codebook.deleteTag': op<{ tagsDeleted: number; clippingsUntagged: number }>()(byId),
  'views.list': op<SavedView[]>()(noInput),
  'views.save': op<SavedView>()(saveViewInput),
  'views.delete': op<{ deleted: boolean }>()(byId),
  'history.state': op<HistoryState>()(noInput),
  'history.undo': op<HistoryStep>()(noInput),
  'history.redo': op<HistoryStep>()(noInput),
  'drafts.list': op<DraftSummary[]>()(noInput),
  'drafts.get': op<Draft>()(byId),
  'drafts.create': op<Draft>()(z.object({ title: z.string().trim().min(1, 'give the draft a title').max(300) }).strict()),
  'drafts.update': op<Draft>()(
    z
      .object({
        id: idSchema,
        body: draftBodySchema,
        /** What the edit did, for the undo menu: "Move Article 3 up". */
        label: z.string().trim().min(1).max(120),
        /** Edits with the same key in a row undo as one step (typing in one paragraph). */
        mergeKey: z.string().max(120).optional(),
      })
      .strict(),
  ),
  'drafts.delete': op<{ deleted: boolean }>()(byId),
  'drafts.export': op<DraftExport>()(exportInput),
  'drafts.saveExport': op<SavedExport>()(exportInput),
  'drafts.importPack': op<ImportPackSummary>()(
    z.object({ name: z.string().min(1).max(1000), text: z.string().min(1, 'the file is empty').max(200_000_000) }).strict(),
  ),
  'backups.list': op<BackupInfo[]>()(noInput),
  'backups.create': op<BackupInfo>()(noInput),
  'backups.progress': op<BackupProgress | null>()(noInput),
  'backups.cancel': op<{ cancelled: boolean }>()(noInput),
  'backups.restore': op<BackupRestore>()(z.object({ id: backupIdSchema }).strict()),
  'workspace.listRecent': op<RecentWorkspace[]>()(noInput),
  /** Switches this window to an existing workspace; the window reloads after it. */
  'workspace.open': op<WorkspaceInfo>()(folderInput),
  /** Creates a workspace in a new or empty folder and switches to it. */
  'workspace.create': op<WorkspaceInfo>()(folderInput.extend({ name: z.string().trim().max(200).optional() }).strict()),
  'workspace.forgetRecent': op<{ removed: boolean }>()(folderInput),
  /** The system's folder dialog; null when the user cancels it. */
  'workspace.chooseFolder': op<{ path: string | null }>()(z.object({ purpose: z.enum(['open', 'create']) }).strict()),
  'app.about': op<AboutInfo>()(noInput),
  /** Rebuilds the native menu bar from the renderer's menus; false where the host has none (the browser host). */
  'app.setMenu': op<{ applied: boolean }>()(appMenuInput),
}

export type { BackupInfo, BackupRestore, BackupTrigger, KeepReason } from './backups'

export type ApiContract = typeof apiContract
export type ApiMethod = keyof ApiContract
export const apiMethods = Object.keys(apiContract) as ApiMethod[]

export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>
export type ApiOutput<M extends ApiMethod> = ApiContract[M]['output']

/** What `window.api` holds: one function per operation, errors as data. */
export type WindowApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>> }

/**
 * What the Electron preload adds to `window.api` beside the operations:
 * one subscription to the native menu's clicks, which returns its
 * unsubscribe. The browser host has no native menu and leaves it out.
 */
export interface WindowEvents {
  onMenuCommand?: (run: (commandId: string) => void) => () => void
}
