import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { Tag } from '../../../../shared/model'
import { PATH_SEPARATOR } from '../../lib/tag-tree'
import { searchTags } from './tag-search'

interface Props {
  /** Accessible name of the box, e.g. "Add tag". */
  label: string
  /** The tags that may be picked. */
  tags: readonly Tag[]
  tagsById: ReadonlyMap<string, Tag>
  onPick: (tag: Tag) => void
  placeholder?: string
  autoFocus?: boolean
  /** Keeps the query after a pick (for picking several in a row). */
  clearOnPick?: boolean
}

/** A searchable tag list in the ARIA combobox pattern: type to filter, arrows to move, Enter to pick. */
export function TagCombobox({ label, tags, tagsById, onPick, placeholder, autoFocus, clearOnPick = true }: Props) {
  const id = useId()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const options = useMemo(() => (open ? searchTags(tags, tagsById, query) : []), [open, tags, tagsById, query])
  const current = Math.min(active, options.length - 1)
  const optionId = (i: number) => `${id}-option-${i}`

  function pick(i: number) {
    const option = options[i]
    if (!option) return
    onPick(option.tag)
    if (clearOnPick) setQuery('')
    // The list would cover the fields below it; arrow keys or typing open it again.
    setOpen(false)
    setActive(0)
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const page = 8
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
    }
    if (e.key in moves) {
      e.preventDefault()
      const next = Math.max(0, Math.min(options.length - 1, moves[e.key] as number))
      setOpen(true)
      setActive(next)
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' })
    } else if (e.key === 'Enter') {
      if (!open || current < 0) return
      e.preventDefault()
      pick(current)
    } else if (e.key === 'Escape' && (open || query)) {
      // Handled here so that a surrounding dialog stays open.
      e.preventDefault()
      e.stopPropagation()
      if (query) setQuery('')
      else setOpen(false)
    }
  }

  return (
    <div className="combobox">
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && current >= 0 ? optionId(current) : undefined}
        value={query}
        placeholder={placeholder}
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && options.length === 0 && <p className="combobox-list combobox-empty">No tag matches “{query}”.</p>}
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="combobox-list" hidden={options.length === 0}>
        {options.map(({ tag, path }, i) => (
          <li
            key={tag.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className="combobox-option"
            // Keeps focus in the box, so picking several tags in a row needs no clicking back.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => pick(i)}
          >
            <span className="swatch" style={{ backgroundColor: tag.colour }} aria-hidden="true" />
            <span className="combobox-path" dir="auto">
              {path.slice(0, -1).map((name, j) => (
                <span key={j} className="muted">
                  {name}
                  {PATH_SEPARATOR}
                </span>
              ))}
              <span className="combobox-name">{tag.name}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
