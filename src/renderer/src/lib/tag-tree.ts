import type { Tag } from '../../../shared/model'

export const PATH_SEPARATOR = ' › '

/** Names from the root down to the tag; stops at a missing parent or a cycle rather than looping. */
export function tagPathNames(tag: Tag, tagsById: ReadonlyMap<string, Tag>): string[] {
  const names: string[] = []
  const seen = new Set<string>()
  for (let t: Tag | undefined = tag; t && !seen.has(t.id); t = t.parentId ? tagsById.get(t.parentId) : undefined) {
    seen.add(t.id)
    names.unshift(t.name)
  }
  return names
}

/** "Instrument › UN GGE 2015 report › GGE norm 13(g)". */
export function tagPath(tag: Tag, tagsById: ReadonlyMap<string, Tag>): string {
  return tagPathNames(tag, tagsById).join(PATH_SEPARATOR)
}

/** Every tag below `rootId`, depth first in codebook order, with its depth under the root (0 for children). */
export function descendants(tags: readonly Tag[], rootId: string): Array<{ tag: Tag; depth: number }> {
  const children = new Map<string, Tag[]>()
  for (const t of tags) if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t])
  const out: Array<{ tag: Tag; depth: number }> = []
  const seen = new Set<string>([rootId])
  const walk = (parent: string, depth: number) => {
    for (const tag of children.get(parent) ?? []) {
      if (seen.has(tag.id)) continue
      seen.add(tag.id)
      out.push({ tag, depth })
      walk(tag.id, depth + 1)
    }
  }
  walk(rootId, 0)
  return out
}

/** The tags a facet's root supplies (obligation types, instruments), or none when the codebook lacks the root. */
export function facetTags(tags: readonly Tag[], facet: NonNullable<Tag['facet']>): Array<{ tag: Tag; depth: number }> {
  const root = tags.find((t) => t.facet === facet && t.parentId === null) ?? tags.find((t) => t.facet === facet)
  return root ? descendants(tags, root.id) : []
}
