import type { Clipping, Draft, Source } from '../../../shared/model'
import type { WorkspaceStore } from '../workspace-store'
import { gatherClausePack } from './clause-pack'
import { verifyQuotes } from './verify-quotes'

/** The JSON clause pack: a draft with its clippings and their sources' metadata, for another workspace. */
export interface JsonClausePack {
  format: 'clausewright-clause-pack'
  formatVersion: 1
  draft: Draft
  clippings: Clipping[]
  sources: Source[]
}

/** Serialises a draft and its evidence, sorted by id so the same draft gives the same bytes. */
export async function exportJsonPack(store: WorkspaceStore, draftId: string): Promise<string> {
  const pack = gatherClausePack(store, draftId)
  await verifyQuotes(store, [...pack.clippings.values()])
  const byId = <T extends { id: string }>(items: Iterable<T>) => [...items].sort((a, b) => a.id.localeCompare(b.id))
  const json: JsonClausePack = {
    format: 'clausewright-clause-pack',
    formatVersion: 1,
    draft: pack.draft,
    clippings: byId(pack.clippings.values()),
    sources: byId(pack.sources.values()),
  }
  return JSON.stringify(json, null, 2) + '\n'
}
