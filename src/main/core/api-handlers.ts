import { apiMethods, type ApiMethod, type ApiOutput, type ApiParsedInput, type ReadingProgress, type WorkspaceInfo } from '../../shared/api'
import type { AppCore, OpenWorkspace } from './app-core'
import { addClipping, bulkUpdateClippings, deleteClippings, listClippings, updateClipping } from './clippings'
import { createTag, deleteTag, mergeTags, updateTag } from './codebook'
import type { HistoryStep } from '../../shared/api'
import type { RecordKey } from './workspace-store'
import { createDraft, deleteDraft, getDraft, listDrafts, updateDraft } from './drafts'
import { exportDraft } from './export/export-draft'
import { hostHandlers, type HostServices } from './host-handlers'
import { importJsonPack } from './export/import-pack'
import { saveExport, type ChooseSavePath } from './export/save-export'
import { importFile } from './import/import-file'
import { previewReextraction } from './reextract'
import { createSourceFromText, getSource, listSources, updateSource } from './sources'
import { deleteView, listViews, saveView } from './views'
import type { WorkspaceStore } from './workspace-store'

export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>
}

/** The operations that only list what the store holds: they answer from a store still being read, too. */
export type ListMethod = 'workspace.info' | 'sources.list' | 'clippings.list' | 'codebook.list' | 'views.list' | 'drafts.list'

export function listHandlers(store: WorkspaceStore, reading: ReadingProgress | null = null): Pick<ApiHandlers, ListMethod> {
  return {
    'workspace.info': () => workspaceInfo(store, reading),
    'sources.list': () => listSources(store),
    'clippings.list': () => listClippings(store),
    'codebook.list': () => store.codebook.data.tags,
    'views.list': () => listViews(store),
    'drafts.list': () => listDrafts(store),
  }
}

export function workspaceInfo(store: WorkspaceStore, reading: ReadingProgress | null = null): WorkspaceInfo {
  let clippings = 0
  for (const db of store.sources.values()) clippings += db.data.clippings.length
  return {
    path: store.dir,
    name: store.meta.name,
    formatVersion: store.meta.formatVersion,
    counts: {
      sources: store.sources.size,
      clippings,
      tags: store.codebook.data.tags.length,
      drafts: store.drafts.size,
    },
    problems: store.problems,
    upgrade: store.upgrade,
    importSizeLimitMb: store.meta.settings.importSizeLimitMb,
    reading,
  }
}

/**
 * Binds every operation of the contract to the core function that performs
 * it. `chooseSavePath` is the host's save dialog (Electron's, or the
 * exports folder where a host has none); `host` adds what only a host can
 * do (switch workspaces, its folder dialog), and a host that switches
 * workspaces creates new handlers for each core it switches to.
 *
 * A restore replaces the open workspace (store, search index, history) as a
 * whole, while hosts bind these handlers once. So each call goes to the
 * handlers of the workspace open when it arrives: a call never mixes an old
 * store with a new history, and an edit queued before a restore reaches
 * the old store, which refuses it, rather than overwriting restored files.
 */
export function createHandlers(core: AppCore, chooseSavePath: ChooseSavePath, host?: HostServices): ApiHandlers {
  let bound: { open: OpenWorkspace; handlers: ApiHandlers } | null = null
  const current = (): ApiHandlers => {
    if (bound?.open !== core.workspace) bound = { open: core.workspace, handlers: bindHandlers(core, core.workspace, chooseSavePath, host) }
    return bound.handlers
  }
  const forward = (method: ApiMethod) => (input: unknown) => (current()[method] as (input: unknown) => unknown)(input)
  return Object.fromEntries(apiMethods.map((method) => [method, forward(method)])) as unknown as ApiHandlers
}

function bindHandlers(core: AppCore, open: OpenWorkspace, chooseSavePath: ChooseSavePath, host: HostServices | undefined): ApiHandlers {
  const { store, search, history } = open
  const { extraction } = core
  const tagName = (id: string) => store.codebook.data.tags.find((t) => t.id === id)?.name ?? 'tag'
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  /** After undo or redo, the search index follows the sources that changed. */
  const reindex = (step: HistoryStep & { touched: RecordKey[] }): HistoryStep => {
    for (const key of step.touched) if (key.startsWith('source:')) search.indexSource(key.slice('source:'.length))
    return { did: step.did, undoLabel: step.undoLabel, redoLabel: step.redoLabel }
  }
  return {
    ...listHandlers(store),
    'sources.get': ({ id }) => getSource(store, id),
    'sources.createFromText': async (input) => {
      const source = await createSourceFromText(store, input)
      search.indexSource(source.id)
      return source
    },
    'sources.importFile': async ({ name, data }) => {
      const result = await importFile(store, extraction, { name, bytes: Buffer.from(data, 'base64') })
      if (result.status === 'imported') search.indexSource(result.source.id)
      return result
    },
    'sources.update': async ({ id, patch }) => {
      const source = await history.run('Edit source details', () => updateSource(store, id, patch))
      if (patch.title !== undefined) search.indexSource(id)
      return source
    },
    'sources.previewReextract': ({ id }) => previewReextraction(store, extraction, id),
    'sources.reextract': ({ id, textHash }) => core.reextractSource(id, textHash),
    'search.query': ({ query, limit }) => search.search(query, limit),
    'clippings.create': async (input) => {
      const clipping = await history.run('Clip a passage', () => addClipping(store, input))
      search.indexClipping(clipping)
      return clipping
    },
    'clippings.update': async ({ id, patch }) => {
      const clipping = await history.run('Edit clipping', () => updateClipping(store, id, patch))
      search.indexClipping(clipping)
      return clipping
    },
    'clippings.bulkUpdate': async (input) => {
      const updated = await history.run(`Edit ${plural(input.ids.length, 'clipping')}`, () => bulkUpdateClippings(store, input))
      return { updated }
    },
    'clippings.delete': async ({ ids }) => {
      const deleted = await history.run(`Delete ${plural(ids.length, 'clipping')}`, () => deleteClippings(store, ids))
      for (const id of ids) search.removeClipping(id)
      return { deleted }
    },
    'codebook.createTag': (input) => history.run(`New tag ${input.name}`, () => createTag(store, input)),
    'codebook.updateTag': ({ id, patch }) => history.run(`Edit tag ${tagName(id)}`, () => updateTag(store, id, patch)),
    'codebook.mergeTags': async ({ fromId, intoId }) => ({
      clippingsMoved: await history.run(`Merge ${tagName(fromId)} into ${tagName(intoId)}`, () => mergeTags(store, fromId, intoId)),
    }),
    'codebook.deleteTag': ({ id }) => history.run(`Delete tag ${tagName(id)}`, () => deleteTag(store, id)),
    'views.save': (input) => history.run(`Save view ${input.name}`, () => saveView(store, input)),
    'views.delete': async ({ id }) => ({ deleted: await history.run('Delete view', () => deleteView(store, id)) }),
    'history.state': () => history.state(),
    'history.undo': async () => reindex(await history.undo()),
    'history.redo': async () => reindex(await history.redo()),
    'drafts.get': ({ id }) => getDraft(store, id),
    'drafts.create': ({ title }) => history.run(`New draft ${title}`, () => createDraft(store, title)),
    'drafts.update': ({ id, body, label, mergeKey }) => history.run(label, () => updateDraft(store, id, body), mergeKey && `${id}:${mergeKey}`),
    'drafts.delete': async ({ id }) => {
      const title = getDraft(store, id).title
      await history.run(`Delete draft ${title}`, () => deleteDraft(store, id))
      return { deleted: true }
    },
    'drafts.export': ({ id, format, date }) => exportDraft(store, id, format, { date }),
    'drafts.saveExport': ({ id, format, date }) => saveExport(store, chooseSavePath, id, format, { date }),
    'drafts.importPack': async ({ name, text }) => {
      const before = new Map([...store.sources].map(([id, db]) => [id, db.data.clippings.length]))
      const summary = await history.run(`Import clause pack ${name}`, () => importJsonPack(store, text))
      for (const [id, db] of store.sources) if (before.get(id) !== db.data.clippings.length) search.indexSource(id)
      return summary
    },
    'backups.list': () => core.listBackups(),
    'backups.create': () => core.createBackup(),
    'backups.progress': () => core.backupProgress(),
    'backups.cancel': () => ({ cancelled: core.cancelBackup() }),
    'backups.restore': ({ id }) => core.restoreBackup(id),
    // The core has no native menu bar: the Electron host binds its own handler in place of this one.
    'app.setMenu': () => ({ applied: false }),
    ...hostHandlers(core, host, workspaceInfo),
  }
}
