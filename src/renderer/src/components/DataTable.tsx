import { useId, useRef, useState, type ReactNode } from 'react'
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type Header,
  type RowData,
  type SortingState,
} from '@tanstack/react-table'
import { countOf } from '../lib/format'
import { useElementWidth } from '../lib/use-element-width'
import { DataTableBody } from './DataTableBody'
import { FilterRow } from './DataTableFilters'
import { fitColumns } from './fit-columns'

declare module '@tanstack/react-table' {
  // The type parameters must match TanStack's declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** How the column filters: 'text' columns take part in the global filter and get a filter box of their own. */
    filterVariant?: 'text'
    /** Right-aligns numbers so that they compare at a glance. */
    numeric?: boolean
    /** The column takes a share of spare width (long text such as titles). */
    grow?: boolean
  }
}

export interface DataTableProps<T extends { id: string }> {
  /** Accessible name of the table, e.g. "Sources". */
  label: string
  data: T[]
  /** `size` is a column's preferred width and `minSize` the width its header needs, in pixels. */
  columns: ColumnDef<T>[]
  /** Singular and plural nouns for the row count: ["source", "sources"]. */
  noun: readonly [string, string]
  /** What to say, and how to fill the table, when it has no rows at all. */
  empty: ReactNode
  selectedId: string | null
  onSelect: (id: string) => void
  onOpen?: (id: string) => void
  /** Buttons shown beside the filter box, e.g. "New source". */
  actions?: ReactNode
}

/** A sortable, filterable table with single-row selection by mouse and keyboard. */
export function DataTable<T extends { id: string }>(props: DataTableProps<T>) {
  const { label, data, columns, noun, empty, selectedId, onSelect, onOpen, actions } = props
  const [sorting, setSorting] = useState<SortingState>([])
  const [globalFilter, setGlobalFilter] = useState('')
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([])
  const [showColumnFilters, setShowColumnFilters] = useState(false)
  const filterId = useId()
  const scrollRef = useRef<HTMLDivElement>(null)
  const available = useElementWidth(scrollRef)

  // TanStack Table v8 returns functions that memoisation would make stale; nothing here is memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    state: { sorting, globalFilter, columnFilters },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnFiltersChange: setColumnFilters,
    getRowId: (row) => row.id,
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) => column.columnDef.meta?.filterVariant === 'text',
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  })

  const rows = table.getRowModel().rows
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const widths = fitColumns(
    headers.map((h) => ({
      size: h.getSize(),
      minSize: h.column.columnDef.minSize ?? h.getSize(),
      grow: h.column.columnDef.meta?.grow === true,
    })),
    available,
  )
  const filterable = headers.some((h) => h.column.columnDef.meta?.filterVariant === 'text')
  const shown = rows.length === data.length ? countOf(data.length, ...noun) : `${rows.length} of ${countOf(data.length, ...noun)}`

  return (
    <div className="data-table">
      <div className="table-toolbar">
        <label className="visually-hidden" htmlFor={filterId}>
          Filter
        </label>
        <input
          id={filterId}
          className="filter-input"
          type="search"
          placeholder={`Filter ${noun[1]}`}
          value={globalFilter}
          onChange={(e) => setGlobalFilter(e.target.value)}
        />
        {filterable && (
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={showColumnFilters}
            onClick={() => {
              // Hidden filters must not keep hiding rows.
              if (showColumnFilters) setColumnFilters([])
              setShowColumnFilters(!showColumnFilters)
            }}
          >
            Column filters
          </button>
        )}
        <p className="row-count" role="status">
          {shown}
        </p>
        {actions && <div className="table-actions">{actions}</div>}
      </div>
      <div className="table-scroll" ref={scrollRef}>
        {/* Fixed layout keeps columns steady while rows change (and once the body is virtualised). */}
        <table className="grid" role="grid" aria-label={label} style={{ width: widths.reduce((a, b) => a + b, 0) }}>
          <colgroup>
            {headers.map((h, i) => (
              <col key={h.id} style={{ width: widths[i] }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {headers.map((h) => (
                <HeaderCell key={h.id} header={h} />
              ))}
            </tr>
            {showColumnFilters && <FilterRow headers={headers} />}
          </thead>
          <DataTableBody
            rows={rows}
            columnCount={headers.length}
            selectedId={selectedId}
            onSelect={onSelect}
            onOpen={onOpen}
            emptyMessage={data.length === 0 ? empty : noMatch(noun[1], globalFilter, columnFilters.length)}
          />
        </table>
      </div>
    </div>
  )
}

function noMatch(nouns: string, globalFilter: string, columnFilterCount: number): string {
  if (columnFilterCount === 0) return `No ${nouns} match “${globalFilter}”.`
  return globalFilter ? `No ${nouns} match “${globalFilter}” and the column filters.` : `No ${nouns} match the column filters.`
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const

function HeaderCell<T>({ header }: { header: Header<T, unknown> }) {
  const { column } = header
  const label = flexRender(column.columnDef.header, header.getContext())
  const numeric = column.columnDef.meta?.numeric === true
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={numeric ? 'numeric' : undefined}>
        {label}
      </th>
    )
  }
  const direction = column.getIsSorted()
  return (
    <th scope="col" className={numeric ? 'numeric' : undefined} aria-sort={direction ? ariaSort[direction] : 'none'}>
      <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
        <span className="sort-label">{label}</span>
        <span className="sort-indicator" aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
        </span>
      </button>
    </th>
  )
}
