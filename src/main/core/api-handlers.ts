import type { ApiMethod, ApiOutput, ApiParsedInput, WorkspaceInfo } from '../../shared/api'
import { listClippings } from './clippings'
import { getDraft, listDrafts } from './drafts'
import { createSourceFromText, getSource, listSources } from './sources'
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
export function createHandlers(store: WorkspaceStore): ApiHandlers {
  return {
    'workspace.info': () => workspaceInfo(store),
    'sources.list': () => listSources(store),
    'sources.get': ({ id }) => getSource(store, id),
    'sources.createFromText': (input) => createSourceFromText(store, input),
    'clippings.list': () => listClippings(store),
    'codebook.list': () => store.codebook.data.tags,
    'drafts.list': () => listDrafts(store),
    'drafts.get': ({ id }) => getDraft(store, id),
  }
}
