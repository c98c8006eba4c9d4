import { memo, type ReactNode } from 'react'
import { flexRender, type Header, type SortDirection } from '@tanstack/react-table'
import { columnStyle } from './data-table-model'

const ariaSort = { asc: 'ascending', desc: 'descending' } as const

interface HeaderProps<T> {
  header: Header<T, unknown>
  /** The column's sort, which the header object does not change with. */
  sorted: SortDirection | false
  /** The column's place among the rendered columns, the tick-box column included. */
  position: number
}

/**
 * A column header; sortable ones hold a button (click or Enter; Shift adds a
 * second sort key). Memoised, as a keystroke renders the table around it.
 */
export const HeaderCell = memo(function HeaderCell<T>({ header, sorted: direction, position }: HeaderProps<T>) {
  const { column } = header
  const label = flexRender(column.columnDef.header, header.getContext())
  const numeric = column.columnDef.meta?.numeric === true
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={numeric ? 'numeric' : undefined} style={columnStyle(position)}>
        {label}
      </th>
    )
  }
  return (
    <th scope="col" className={numeric ? 'numeric' : undefined} style={columnStyle(position)} aria-sort={direction ? ariaSort[direction] : 'none'}>
      <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
        <span className="sort-label">{label}</span>
        <span className="sort-indicator" aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
        </span>
      </button>
    </th>
  )
}) as <T>(props: HeaderProps<T>) => ReactNode

interface CheckAllProps {
  shown: number
  checked: number
  onChange: (on: boolean) => void
}

/** The header's tick box: all shown rows, or none; half-ticked when only some are. */
export function CheckAllCell({ shown, checked, onChange }: CheckAllProps) {
  return (
    <th scope="col" className="check-cell" style={columnStyle(0)}>
      <input
        type="checkbox"
        aria-label={`Select all ${shown} shown`}
        checked={shown > 0 && checked === shown}
        disabled={shown === 0}
        ref={(el) => {
          if (el) el.indeterminate = checked > 0 && checked < shown
        }}
        onChange={(e) => onChange(e.target.checked)}
      />
    </th>
  )
}
