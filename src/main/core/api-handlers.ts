import type { ApiMethod, ApiOutput, ApiParsedInput, WorkspaceInfo } from '../../shared/api'
import type { AppCore } from './app-core'
import { listClippings } from './clippings'
import { getDraft, listDrafts } from './drafts'
import { importFile } from './import/import-file'
import { createSourceFromText, getSource, listSources, updateSource } from './sources'
import type { WorkspaceStore } from './workspace-store'

export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>
}

export function workspaceInfo(store: WorkspaceStore): WorkspaceInfo {
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
  }
}

/** Binds every operation of the contract to the core function that performs it. */
export function createHandlers(core: AppCore): ApiHandlers {
  const { store, extraction, search } = core
  return {
    'workspace.info': () => workspaceInfo(store),
    'sources.list': () => listSources(store),
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
      const source = await updateSource(store, id, patch)
      if (patch.title !== undefined) search.indexSource(id)
      return source
    },
    'search.query': ({ query, limit }) => search.search(query, limit),
    'clippings.list': () => listClippings(store),
    'codebook.list': () => store.codebook.data.tags,
    'drafts.list': () => listDrafts(store),
    'drafts.get': ({ id }) => getDraft(store, id),
  }
}
