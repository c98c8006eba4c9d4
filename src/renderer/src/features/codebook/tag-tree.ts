import type { ClippingRow } from '../../../../shared/api'
import type { Tag } from '../../../../shared/model'

export interface TagNode {
  tag: Tag
  depth: number
  hasChildren: boolean
}

/** Children by parent id; a tag whose parent is missing is shown at the top rather than lost. */
export function childrenByParent(tags: readonly Tag[]): Map<string | null, Tag[]> {
  const ids = new Set(tags.map((t) => t.id))
  const map = new Map<string | null, Tag[]>()
  for (const tag of tags) {
    const parent = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null
    map.set(parent, [...(map.get(parent) ?? []), tag])
  }
  return map
}

/** The rows to show, depth first, skipping the children of collapsed tags. */
export function visibleNodes(children: Map<string | null, Tag[]>, collapsed: ReadonlySet<string>): TagNode[] {
  const out: TagNode[] = []
  const seen = new Set<string>()
  const walk = (parent: string | null, depth: number) => {
    for (const tag of children.get(parent) ?? []) {
      if (seen.has(tag.id)) continue
      seen.add(tag.id)
      const hasChildren = (children.get(tag.id)?.length ?? 0) > 0
      out.push({ tag, depth, hasChildren })
      if (hasChildren && !collapsed.has(tag.id)) walk(tag.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}

/**
 * How many clippings use each tag, as a tag or as an obligation's type or
 * instrument. A group counts each clipping under any of its descendants
 * once, so "Instruments: 12" reads as twelve clippings.
 */
export function clippingCounts(tags: readonly Tag[], clippings: readonly ClippingRow[]): Map<string, number> {
  const parentOf = new Map(tags.map((t) => [t.id, t.parentId]))
  const counts = new Map<string, number>()
  for (const clipping of clippings) {
    const used = [...clipping.tags, clipping.obligation?.type, clipping.obligation?.instrument]
    const counted = new Set<string>()
    for (const id of used) {
      // Walking up stops at a tag already counted, which also guards against a cycle in the tree.
      for (let t: string | null | undefined = id; t && parentOf.has(t) && !counted.has(t); t = parentOf.get(t)) {
        counted.add(t)
        counts.set(t, (counts.get(t) ?? 0) + 1)
      }
    }
  }
  return counts
}

/** Ids of every tag below `id` (not `id` itself). */
export function descendantIds(children: Map<string | null, Tag[]>, id: string): Set<string> {
  const out = new Set<string>()
  const stack = [id]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    for (const child of children.get(next) ?? []) {
      if (out.has(child.id) || child.id === id) continue
      out.add(child.id)
      stack.push(child.id)
    }
  }
  return out
}

/** Clippings that use the tag itself, as a tag or as an obligation's type or instrument: those a merge moves. */
export function directUses(clippings: readonly ClippingRow[], id: string): number {
  let n = 0
  for (const c of clippings) {
    if (c.tags.includes(id) || c.obligation?.type === id || c.obligation?.instrument === id) n++
  }
  return n
}
