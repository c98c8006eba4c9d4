import type { Clipping, Tag } from '../../../shared/model'
import type { WorkspaceStore } from '../workspace-store'
import { gatherClausePack } from './clause-pack'
import { PACK_FORMAT, PACK_FORMAT_VERSION, type JsonClausePack } from './pack-schema'
import { verifyQuotes } from './verify-quotes'

export type { JsonClausePack } from './pack-schema'

/** The ids of every tag the clippings use (tags, obligation type and instrument). */
export function tagIdsUsed(clippings: Iterable<Clipping>): Set<string> {
  const ids = new Set<string>()
  for (const c of clippings) {
    for (const t of c.tags) ids.add(t)
    if (c.obligation?.type) ids.add(c.obligation.type)
    if (c.obligation?.instrument) ids.add(c.obligation.instrument)
  }
  return ids
}

/** The codebook tags with these ids and all their ancestors, so a reader can match each by name under its parent. */
function withAncestors(codebook: readonly Tag[], ids: Iterable<string>): Tag[] {
  const byId = new Map(codebook.map((t) => [t.id, t]))
  const kept = new Map<string, Tag>()
  for (const id of ids) {
    for (let tag = byId.get(id); tag && !kept.has(tag.id); tag = tag.parentId ? byId.get(tag.parentId) : undefined) {
      kept.set(tag.id, tag)
    }
  }
  return [...kept.values()]
}

/**
 * Serialises a draft and its evidence, sorted by id so the same draft gives
 * the same bytes: the cited clippings, their sources with their full text
 * (another workspace re-creates them and can still verify each quote), and
 * the tags the clippings use.
 */
export async function exportJsonPack(store: WorkspaceStore, draftId: string): Promise<string> {
  const pack = gatherClausePack(store, draftId)
  await verifyQuotes(store, [...pack.clippings.values()])
  const byId = <T extends { id: string }>(items: Iterable<T>) => [...items].sort((a, b) => a.id.localeCompare(b.id))
  const sources = byId(pack.sources.values())
  const texts: Record<string, string> = {}
  for (const s of sources) texts[s.id] = await store.readText(s.id)
  const json: JsonClausePack = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    draft: pack.draft,
    clippings: byId(pack.clippings.values()),
    sources,
    tags: byId(withAncestors(store.codebook.data.tags, tagIdsUsed(pack.clippings.values()))),
    texts,
  }
  return JSON.stringify(json, null, 2) + '\n'
}
