import type { Tag } from '../../../../shared/model'
import { foldText } from '../../lib/text-find'
import { tagPathNames } from '../../lib/tag-tree'

export interface TagOption {
  tag: Tag
  /** Names from the root down, the tag's own name last. */
  path: string[]
}

/**
 * Tags whose name or path holds every word of the query, best first: names
 * that start with the query, then names that hold it, then paths that do.
 */
export function searchTags(tags: readonly Tag[], tagsById: ReadonlyMap<string, Tag>, query: string, limit = 60): TagOption[] {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  const q = words.join(' ')
  const scored: Array<TagOption & { rank: number; order: number }> = []
  tags.forEach((tag, order) => {
    const path = tagPathNames(tag, tagsById)
    const name = foldText(tag.name)
    const full = foldText(path.join(' '))
    if (!words.every((w) => full.includes(w))) return
    const rank = q === '' ? 0 : name.startsWith(q) ? 0 : name.includes(q) ? 1 : 2
    scored.push({ tag, path, rank, order })
  })
  scored.sort((a, b) => a.rank - b.rank || a.order - b.order)
  return scored.slice(0, limit).map(({ tag, path }) => ({ tag, path }))
}
