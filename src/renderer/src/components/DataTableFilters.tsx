import { memo, type ReactNode } from 'react'
import type { ColumnFiltersState, Header, Table } from '@tanstack/react-table'
import { columnName, columnStyle } from './data-table-model'
import { FacetFilter } from './FacetFilter'
import { Popover } from './Popover'

interface FilterRowProps<T> {
  headers: Header<T, unknown>[]
  /** The filters as typed, ahead of the table's deferred copy, so the boxes keep up with the keys. */
  filters: ColumnFiltersState
  leading: boolean
}

/** A row under the headers with a text box for each column that declares a text filter. */
export function FilterRow<T>({ headers, filters, leading }: FilterRowProps<T>) {
  return (
    <tr className="filter-row" aria-rowindex={2}>
      {leading && <td style={columnStyle(0)} />}
      {headers.map((h, i) => {
        const name = columnName(h.column)
        const value = filters.find((f) => f.id === h.column.id)?.value
        return (
          <td key={h.id} style={columnStyle(i + (leading ? 1 : 0))}>
            {h.column.columnDef.meta?.filterVariant === 'text' && (
              <input
                type="search"
                className="column-filter"
                aria-label={`Filter ${name}`}
                placeholder={name}
                dir="auto"
                // A facet choice on the same column shows as an empty box; typing replaces it.
                value={typeof value === 'string' ? value : ''}
                onChange={(e) => h.column.setFilterValue(e.target.value || undefined)}
              />
            )}
          </td>
        )
      })}
    </tr>
  )
}

interface FacetBarProps<T> {
  table: Table<T>
  filters: ColumnFiltersState
  counts: (columnId: string) => Map<string, number>
  filtering: boolean
  onClear: () => void
}

/** A button per facet column, and one to clear every filter; memoised, as most renders of the table leave it as it was. */
export const FacetBar = memo(function FacetBar<T>({ table, filters, counts, filtering, onClear }: FacetBarProps<T>) {
  const facets = table.getAllLeafColumns().filter((c) => c.columnDef.meta?.facet)
  if (facets.length === 0) return null
  return (
    <div className="facet-bar" role="group" aria-label="Filters">
      {facets.map((column) => (
        <FacetFilter key={column.id} column={column} value={filters.find((f) => f.id === column.id)?.value} counts={counts} />
      ))}
      <button type="button" className="button button-quiet" disabled={!filtering} onClick={onClear}>
        Clear filters
      </button>
    </div>
  )
}) as <T>(props: FacetBarProps<T>) => ReactNode

/** "Columns ▾": a checkbox per column; at least one stays shown. */
export function ColumnMenu<T>({ table }: { table: Table<T> }) {
  const columns = table.getAllLeafColumns()
  const visibleCount = columns.filter((c) => c.getIsVisible()).length
  return (
    <Popover button="Columns" buttonClassName="button button-quiet" label="Columns" align="end">
      <fieldset className="column-menu">
        <legend className="visually-hidden">Shown columns</legend>
        {columns.map((column) => {
          const visible = column.getIsVisible()
          return (
            <label key={column.id} className="facet-option">
              <input
                type="checkbox"
                checked={visible}
                disabled={visible && visibleCount === 1}
                onChange={(e) => column.toggleVisibility(e.target.checked)}
              />
              <span>{columnName(column)}</span>
            </label>
          )
        })}
      </fieldset>
    </Popover>
  )
}
