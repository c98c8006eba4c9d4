import { useId } from 'react'
import type { Tag } from '../../../../shared/model'
import { tagPath } from '../../lib/tag-tree'
import { TagCombobox } from '../codebook/TagCombobox'
import { rememberTag } from './recent-tags'

interface Props {
  tagIds: readonly string[]
  tags: readonly Tag[]
  tagsById: ReadonlyMap<string, Tag>
  /** Recent tags still in the codebook, most recent first; number keys toggle them. */
  recent: readonly Tag[]
  onChange: (ids: string[]) => void
}

export function TagsSection({ tagIds, tags, tagsById, recent, onChange }: Props) {
  const headingId = useId()
  const assigned = new Set(tagIds)
  const pickable = tags.filter((t) => !assigned.has(t.id))

  function add(tag: Tag) {
    if (!assigned.has(tag.id)) onChange([...tagIds, tag.id])
    rememberTag(tag.id)
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="section-heading">
        Tags
      </h3>
      {tagIds.length > 0 ? (
        <ul className="chips editor-chips" aria-label="Tags of this clipping">
          {tagIds.map((id) => {
            const tag = tagsById.get(id)
            const name = tag?.name ?? 'unknown tag'
            return (
              <li key={id} className={tag ? 'chip' : 'chip chip-missing'} title={tag ? tagPath(tag, tagsById) : undefined}>
                {tag && <span className="swatch" style={{ backgroundColor: tag.colour }} aria-hidden="true" />}
                <span className="chip-name" dir="auto">
                  {name}
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove tag ${name}`}
                  onClick={() => onChange(tagIds.filter((t) => t !== id))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="muted editor-empty">No tags yet.</p>
      )}
      <TagCombobox label="Add tag" placeholder="Add tag: type to search the codebook" tags={pickable} tagsById={tagsById} onPick={add} />
      {recent.length > 0 && (
        <div className="recent-tags" role="group" aria-label="Recent tags">
          <span className="recent-label muted" aria-hidden="true">
            Recent ({recent.length === 1 ? 'key 1' : `keys 1–${recent.length}`}):
          </span>
          {recent.map((tag, i) => (
            <button
              key={tag.id}
              type="button"
              className="recent-tag"
              aria-pressed={assigned.has(tag.id)}
              aria-keyshortcuts={String(i + 1)}
              aria-label={`Recent tag ${i + 1}: ${tag.name}`}
              title={tagPath(tag, tagsById)}
              onClick={() => (assigned.has(tag.id) ? onChange(tagIds.filter((t) => t !== tag.id)) : add(tag))}
            >
              <kbd aria-hidden="true">{i + 1}</kbd>
              <span className="swatch" style={{ backgroundColor: tag.colour }} aria-hidden="true" />
              <span className="chip-name" dir="auto">
                {tag.name}
              </span>
            </button>
          ))}
        </div>
      )}
    </section>
  )
}
