import { useId, useMemo, useState } from 'react'
import type { Column } from '@tanstack/react-table'
import { columnName, facetLabel } from './data-table-model'
import { Popover } from './Popover'

/** More options than this and the list asks for a search instead: a checkbox list must stay scannable. */
const SHOWN_OPTIONS = 200

function selectedValues(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

interface Props<T> {
  column: Column<T, unknown>
  /** The column's filter as set, ahead of the table's deferred copy, so ticks show at once. */
  value: unknown
  /** Each value's count among the rows the other filters leave. */
  counts: (columnId: string) => Map<string, number>
}

/** "Type: any ▾", "Type: Prohibition ▾", "Type: 3 selected ▾". */
export function FacetFilter<T>({ column, value, counts }: Props<T>) {
  const name = columnName(column)
  const selected = selectedValues(value)
  const summary =
    selected.length === 0 ? 'any' : selected.length === 1 ? facetLabel(column, selected[0] ?? '') : `${selected.length} selected`
  return (
    <Popover
      button={
        <>
          <span className="facet-name">{name}:</span> <span className="facet-summary">{summary}</span>
        </>
      }
      buttonClassName={`button facet-button${selected.length > 0 ? ' facet-active' : ''}`}
      label={`Filter ${name}`}
    >
      <FacetOptions column={column} name={name} selected={selected} counts={counts} />
    </Popover>
  )
}

interface OptionsProps<T> {
  column: Column<T, unknown>
  name: string
  selected: string[]
  counts: (columnId: string) => Map<string, number>
}

/*
 * Rendered only while the popover is open: counting the values of 100,000
 * rows for every facet on every keystroke would be wasted work. The counts
 * are those of the rows the other filters leave, so they say what ticking a
 * value would show.
 */
function FacetOptions<T>({ column, name, selected, counts }: OptionsProps<T>) {
  const [search, setSearch] = useState('')
  const listId = useId()
  const counted = useMemo(() => counts(column.id), [counts, column.id])
  // A stable key: the array is new on every render, the choice is not.
  const selectedKey = JSON.stringify(selected)
  const options = useMemo(() => {
    const values = new Set<string>([...(JSON.parse(selectedKey) as string[]), ...counted.keys()])
    return [...values]
      .map((value) => ({ value, label: facetLabel(column, value), count: counted.get(value) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
  }, [column, counted, selectedKey])
  const needle = search.trim().toLowerCase()
  const matching = needle ? options.filter((o) => o.label.toLowerCase().includes(needle)) : options
  const shown = matching.slice(0, SHOWN_OPTIONS)

  function toggle(value: string, on: boolean) {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value)
    column.setFilterValue(next.length > 0 ? next : undefined)
  }

  return (
    <div className="facet-panel">
      <input
        type="search"
        className="facet-search"
        aria-label={`Search ${name} values`}
        aria-controls={listId}
        placeholder={`Search ${name.toLowerCase()}`}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <fieldset className="facet-options" id={listId}>
        <legend className="visually-hidden">{name}</legend>
        {shown.map((o) => (
          <label key={o.value} className="facet-option">
            <input type="checkbox" checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <span className="facet-option-label" dir="auto">
              {o.label}
            </span>{' '}
            <span className="facet-count">({o.count})</span>
          </label>
        ))}
        {shown.length === 0 && <p className="muted facet-none">No values match.</p>}
      </fieldset>
      {matching.length > shown.length && (
        <p className="muted facet-more">
          Showing {shown.length} of {matching.length}; search to find the others.
        </p>
      )}
      <div className="facet-footer">
        <button type="button" className="button button-quiet" disabled={selected.length === 0} onClick={() => column.setFilterValue(undefined)}>
          Clear {name}
        </button>
      </div>
    </div>
  )
}
