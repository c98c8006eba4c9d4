import type { Tag } from '../../../shared/model'
import { countOf } from '../lib/format'

/**
 * The tag's colour sits in a swatch beside dark text, so any user-chosen
 * colour keeps the name readable.
 */
export function TagChip({ tag }: { tag: Tag | undefined }) {
  if (!tag) return <span className="chip chip-missing">unknown tag</span>
  return (
    <span className="chip" title={tag.description || undefined}>
      <span className="swatch" style={{ backgroundColor: tag.colour }} aria-hidden="true" />
      <span className="chip-name">{tag.name}</span>
    </span>
  )
}

interface ChipsProps {
  ids: readonly string[]
  tagsById: ReadonlyMap<string, Tag>
  /** For table cells: the first tag, then how many more (the detail pane lists them all). */
  compact?: boolean
}

export function TagChips({ ids, tagsById, compact = false }: ChipsProps) {
  if (ids.length === 0) return null
  const [first, ...rest] = ids
  if (compact && first !== undefined && rest.length > 0) {
    return (
      <span className="chips">
        <TagChip tag={tagsById.get(first)} />
        <span className="chip-more" title={rest.map((id) => tagsById.get(id)?.name ?? 'unknown tag').join(', ')}>
          <span aria-hidden="true">+{rest.length}</span>
          <span className="visually-hidden">and {countOf(rest.length, 'other tag', 'other tags')}</span>
        </span>
      </span>
    )
  }
  return (
    <span className="chips">
      {ids.map((id) => (
        <TagChip key={id} tag={tagsById.get(id)} />
      ))}
    </span>
  )
}
