import type { Clipping, Obligation, Tag } from '../../../shared/model'
import { packError } from './pack-schema'

/** How a pack's tag ids become this workspace's: the mapping, and the tags to add to the codebook. */
export interface TagPlan {
  /** This workspace's id for a tag id used in the pack. */
  resolve: (id: string) => string
  created: Tag[]
}

const nameKey = (name: string) => name.trim().toLowerCase()

/** The pack's tags, parents before children; refuses duplicates, unknown parents and cycles. */
function parentsFirst(packTags: readonly Tag[], known: ReadonlySet<string>): Tag[] {
  const inPack = new Map<string, number>()
  packTags.forEach((t, i) => {
    if (inPack.has(t.id)) throw packError(`tags[${i}].id`, `the tag id ${t.id} occurs twice`)
    inPack.set(t.id, i)
  })
  packTags.forEach((t, i) => {
    if (t.parentId && !inPack.has(t.parentId) && !known.has(t.parentId)) {
      throw packError(`tags[${i}].parentId`, `the parent tag ${t.parentId} of "${t.name}" is neither in the pack nor in this workspace's codebook`)
    }
  })
  const ordered: Tag[] = []
  const placed = new Set<string>()
  let remaining = [...packTags]
  while (remaining.length > 0) {
    const ready = remaining.filter((t) => !t.parentId || placed.has(t.parentId) || !inPack.has(t.parentId))
    if (ready.length === 0) {
      const first = remaining[0] as Tag
      throw packError(`tags[${inPack.get(first.id)}].parentId`, `the tags around "${first.name}" are each other's parents (a cycle)`)
    }
    for (const t of ready) {
      ordered.push(t)
      placed.add(t.id)
    }
    remaining = remaining.filter((t) => !placed.has(t.id))
  }
  return ordered
}

/**
 * Maps each pack tag onto this workspace's codebook: by id when the codebook
 * has it, else by name (ignoring case) under the same (mapped) parent, else
 * it is created with the pack's id, name, colour and description. Then checks
 * that every tag the clippings use resolves. Writes nothing.
 */
export function planTags(codebook: readonly Tag[], packTags: readonly Tag[], clippings: readonly Clipping[]): TagPlan {
  const known = new Set(codebook.map((t) => t.id))
  const map = new Map<string, string>()
  const created: Tag[] = []
  const byParentAndName = new Map<string, string>()
  const key = (parentId: string | null, name: string) => `${parentId ?? ''}\u0000${nameKey(name)}`
  for (const t of codebook) if (!byParentAndName.has(key(t.parentId, t.name))) byParentAndName.set(key(t.parentId, t.name), t.id)

  for (const tag of parentsFirst(packTags, known)) {
    if (known.has(tag.id)) {
      map.set(tag.id, tag.id)
      continue
    }
    const parentId = tag.parentId ? (map.get(tag.parentId) ?? tag.parentId) : null
    const match = byParentAndName.get(key(parentId, tag.name))
    if (match) {
      map.set(tag.id, match)
      continue
    }
    const next: Tag = { id: tag.id, parentId, name: tag.name, colour: tag.colour, description: tag.description }
    if (parentId === null && tag.facet) next.facet = tag.facet
    created.push(next)
    map.set(tag.id, tag.id)
    byParentAndName.set(key(parentId, tag.name), tag.id)
  }

  clippings.forEach((c, i) => {
    const used: Array<[string, string]> = c.tags.map((t, j) => [`clippings[${i}].tags[${j}]`, t])
    if (c.obligation?.type) used.push([`clippings[${i}].obligation.type`, c.obligation.type])
    if (c.obligation?.instrument) used.push([`clippings[${i}].obligation.instrument`, c.obligation.instrument])
    for (const [field, id] of used) {
      if (!map.has(id) && !known.has(id)) {
        throw packError(field, `clipping ${c.id} uses tag ${id}, which is neither in the pack's tags nor in this workspace's codebook`)
      }
    }
  })
  return { resolve: (id) => map.get(id) ?? id, created }
}

/** A clipping's tags and obligation references in this workspace's tag ids. */
export function mapClippingTags(clipping: Clipping, resolve: (id: string) => string): Clipping {
  const next: Clipping = { ...clipping, tags: [...new Set(clipping.tags.map(resolve))] }
  if (clipping.obligation) {
    const o: Obligation = clipping.obligation
    next.obligation = { ...o, type: o.type ? resolve(o.type) : null, instrument: o.instrument ? resolve(o.instrument) : null }
  }
  return next
}
