import { useMemo, useState, type FormEvent } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import type { AppErrorData } from '../../../../shared/errors'
import type { Tag } from '../../../../shared/model'
import { ErrorMessage } from '../../components/ErrorMessage'
import { usePopoverClose } from '../../components/Popover'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { countOf } from '../../lib/format'
import { childrenByParent, visibleNodes } from '../codebook/tag-tree'

interface Props {
  ids: string[]
  clippings: readonly ClippingRow[]
  tags: readonly Tag[]
}

type Change = 'add' | 'remove'

/**
 * A checkbox per tag, ticked when every selected clipping has the tag and
 * half-ticked when some do; what the user changes is added to or removed
 * from all of them, and the rest stays as it is.
 */
export function BulkTagForm({ ids, clippings, tags }: Props) {
  const close = usePopoverClose()
  const [search, setSearch] = useState('')
  const [changes, setChanges] = useState<ReadonlyMap<string, Change>>(new Map())
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const nodes = useMemo(() => visibleNodes(childrenByParent([...tags]), new Set()), [tags])
  // One pass over the clippings while the form is open, rather than a map of all of them kept for it.
  const have = useMemo(() => {
    const ticked = new Set(ids)
    const counts = new Map<string, number>()
    for (const c of clippings) {
      if (ticked.has(c.id)) for (const tag of c.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
    }
    return counts
  }, [ids, clippings])

  const needle = search.trim().toLowerCase()
  const shown = needle ? nodes.filter((n) => n.tag.name.toLowerCase().includes(needle)) : nodes

  function set(id: string, on: boolean) {
    setChanges((prev) => new Map(prev).set(id, on ? 'add' : 'remove'))
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    if (busy || changes.size === 0) return
    const pick = (c: Change) => [...changes].filter(([, v]) => v === c).map(([id]) => id)
    setBusy(true)
    setError(null)
    try {
      await mutate('clippings.bulkUpdate', { ids, addTags: pick('add'), removeTags: pick('remove') })
      close()
    } catch (err) {
      setError(toErrorData(err))
      setBusy(false)
    }
  }

  return (
    <form className="popover-form bulk-tags" onSubmit={onSubmit}>
      <input
        type="search"
        className="facet-search"
        aria-label="Search tags"
        placeholder="Search tags"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <fieldset className="facet-options">
        <legend className="visually-hidden">Tags</legend>
        {shown.map(({ tag, depth }) => {
          const count = have.get(tag.id) ?? 0
          const change = changes.get(tag.id)
          const checked = change ? change === 'add' : count === ids.length
          return (
            <label key={tag.id} className="facet-option" style={{ paddingInlineStart: needle ? 6 : 6 + depth * 14 }}>
              <input
                type="checkbox"
                checked={checked}
                ref={(el) => {
                  if (el) el.indeterminate = !change && count > 0 && count < ids.length
                }}
                onChange={(e) => set(tag.id, e.target.checked)}
              />
              <span className="swatch" style={{ backgroundColor: tag.colour }} aria-hidden="true" />
              <span className="facet-option-label">{tag.name}</span>
            </label>
          )
        })}
        {shown.length === 0 && <p className="muted facet-none">No tags match.</p>}
      </fieldset>
      {error && <ErrorMessage title="Could not change the tags." error={error} />}
      <div className="dialog-buttons">
        <button type="submit" className="button button-primary" aria-disabled={busy || changes.size === 0}>
          Apply to {countOf(ids.length, 'clipping', 'clippings')}
        </button>
      </div>
    </form>
  )
}
