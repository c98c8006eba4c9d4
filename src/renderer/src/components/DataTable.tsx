import { useCallback, useDeferredValue, useId, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react'
import { functionalUpdate, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table'
import type { TableState } from '../../../shared/views'
import { countOf } from '../lib/format'
import { useElementWidth } from '../lib/use-element-width'
import { emptyTableState, indexColumns } from './data-table-model'
import { DataTableBody } from './DataTableBody'
import { ColumnMenu, FacetBar, FilterRow } from './DataTableFilters'
import { CheckAllCell, HeaderCell } from './DataTableHead'
import { exportTableCsv } from './export-csv'
import { fitColumns } from './fit-columns'
import { TableIndex } from '../../../shared/table-index'
import { useElementHeight } from './use-element-height'
import { useRowChecks } from './use-row-checks'

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
  /** Filters, sort and columns held by the caller (saved views); the table keeps its own otherwise. */
  view?: { state: TableState; onChange: (state: TableState) => void }
  /** Tick boxes on every row; the actions get the ticked rows the table shows, in its order. */
  bulkActions?: (ids: string[], clear: () => void) => ReactNode
  /** Offers "Export CSV" of the current view, in a file named after this: "clippings". */
  exportName?: string
  /** Makes rows draggable; a dragged ticked row carries every ticked row the table shows, in its order. */
  onRowDragStart?: (ids: string[], e: DragEvent) => void
}

/** A sortable, filterable, virtualised table with a selected row and, optionally, ticked rows. */
export function DataTable<T extends { id: string }>(props: DataTableProps<T>) {
  const { label, data, columns, noun, empty, selectedId, onSelect, onOpen, actions, view, bulkActions, exportName, onRowDragStart } = props
  const [ownState, setOwnState] = useState(() => emptyTableState(columns))
  const state = view?.state ?? ownState
  const setState = view?.onChange ?? setOwnState
  // Typing stays instant while 100,000 rows re-filter behind it.
  const deferred = useDeferredValue(state)
  const [showColumnFilters, setShowColumnFilters] = useState(false)
  const filterId = useId()
  const scrollRef = useRef<HTMLDivElement>(null)
  const theadRef = useRef<HTMLTableSectionElement>(null)
  const available = useElementWidth(scrollRef)
  const headerHeight = useElementHeight(theadRef)

  const known = useMemo(() => new Set(columns.map((c) => c.id)), [columns])
  // A saved view may name a column that no longer exists; it is skipped, not an error.
  const columnFilters = useMemo(() => deferred.columnFilters.filter((f) => known.has(f.id)), [deferred.columnFilters, known])
  const sorting = useMemo(() => deferred.sorting.filter((s) => known.has(s.id)), [deferred.sorting, known])
  const index = useMemo(() => new TableIndex(data, indexColumns(columns)), [data, columns])
  const masks = useMemo(() => index.masks(deferred.globalFilter, columnFilters), [index, deferred.globalFilter, columnFilters])
  const order = useMemo(() => index.sort(index.rows(masks), sorting), [index, masks, sorting])
  const facetCounts = useCallback((id: string) => index.facetCounts(id, masks), [index, masks])
  const rowIds = useMemo(() => order.map((i) => (data[i] as T).id), [order, data])
  const selectedIndex = useMemo(() => (selectedId === null ? -1 : rowIds.indexOf(selectedId)), [rowIds, selectedId])
  const checks = useRowChecks(rowIds)
  const bodyKeys = useRef<((e: KeyboardEvent<HTMLElement>) => void) | null>(null)
  const [activeRow, setActiveRow] = useState<string | undefined>(undefined)

  // This table instance holds no rows: it declares the columns, their sort and visibility, and renders
  // the headers. Rows are filtered and sorted by the index; the body renders the few in view.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: NO_ROWS as T[],
    columns,
    state: { sorting, globalFilter: deferred.globalFilter, columnFilters, columnVisibility: deferred.columnVisibility },
    onSortingChange: (u) => setState({ ...state, sorting: functionalUpdate(u, state.sorting) }),
    onColumnFiltersChange: (u) => setState({ ...state, columnFilters: functionalUpdate(u, state.columnFilters) }),
    onColumnVisibilityChange: (u) => setState({ ...state, columnVisibility: functionalUpdate(u, state.columnVisibility) }),
    manualFiltering: true,
    manualSorting: true,
    // With no rows TanStack cannot guess a column's first direction; ascending reads naturally everywhere.
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
  })

  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const widths = fitColumns(
    headers.map((h) => ({
      size: h.getSize(),
      minSize: h.column.columnDef.minSize ?? h.getSize(),
      grow: h.column.columnDef.meta?.grow === true,
    })),
    available - (bulkActions ? CHECK_WIDTH : 0),
  )
  const filterable = headers.some((h) => h.column.columnDef.meta?.filterVariant === 'text')
  const optional = columns.some((c) => c.meta?.hidden !== undefined)
  const shown = order.length === data.length ? countOf(data.length, ...noun) : `${order.length} of ${countOf(data.length, ...noun)}`
  const headerRows = showColumnFilters ? 2 : 1
  const clearFilters = () => setState({ ...state, globalFilter: '', columnFilters: [] })

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
          value={state.globalFilter}
          onChange={(e) => setState({ ...state, globalFilter: e.target.value })}
        />
        {filterable && (
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={showColumnFilters}
            onClick={() => {
              // Hidden text boxes must not keep hiding rows.
              if (showColumnFilters) setState({ ...state, columnFilters: state.columnFilters.filter((f) => typeof f.value !== 'string') })
              setShowColumnFilters(!showColumnFilters)
            }}
          >
            Column filters
          </button>
        )}
        <p className="row-count" role="status">
          {shown}
        </p>
        {(optional || exportName || actions) && (
          <div className="table-actions">
            {optional && <ColumnMenu table={table} />}
            {exportName && (
              <button type="button" className="button button-quiet" onClick={() => exportTableCsv(table, index, order, exportName)}>
                Export CSV
              </button>
            )}
            {actions}
          </div>
        )}
      </div>
      <FacetBar
        table={table}
        filters={state.columnFilters}
        counts={facetCounts}
        filtering={Boolean(state.globalFilter) || state.columnFilters.length > 0}
        onClear={clearFilters}
      />
      {bulkActions && checks.shownChecked.length > 0 && (
        <div className="bulk-bar" role="toolbar" aria-label={`Selected ${noun[1]}`}>
          <p className="bulk-count">{checks.shownChecked.length} selected</p>
          {bulkActions(checks.shownChecked, () => checks.setAll(false))}
          <button type="button" className="button button-quiet" onClick={() => checks.setAll(false)}>
            Clear selection
          </button>
        </div>
      )}
      <div className="table-scroll" ref={scrollRef}>
        {/* Fixed layout keeps columns steady while rows scroll in and out of the rendered window. */}
        <table
          className="grid"
          role="grid"
          aria-label={label}
          aria-rowcount={order.length + headerRows}
          aria-busy={deferred !== state}
          aria-activedescendant={activeRow}
          tabIndex={0}
          onKeyDown={(e) => {
            // Keys typed in a header's sort button or filter box stay theirs; the rows' are the body's.
            if (e.target === e.currentTarget || (e.target as Element).closest('tbody')) bodyKeys.current?.(e)
          }}
          style={{ width: widths.reduce((a, b) => a + b, bulkActions ? CHECK_WIDTH : 0) }}
        >
          <colgroup>
            {bulkActions && <col style={{ width: CHECK_WIDTH }} />}
            {headers.map((h, i) => (
              <col key={h.id} style={{ width: widths[i] }} />
            ))}
          </colgroup>
          <thead ref={theadRef}>
            <tr aria-rowindex={1}>
              {bulkActions && <CheckAllCell shown={order.length} checked={checks.shownChecked.length} onChange={checks.setAll} />}
              {headers.map((h) => (
                <HeaderCell key={h.id} header={h} />
              ))}
            </tr>
            {showColumnFilters && <FilterRow headers={headers} filters={state.columnFilters} leading={Boolean(bulkActions)} />}
          </thead>
          <DataTableBody
            data={data}
            order={order}
            columns={columns}
            columnVisibility={deferred.columnVisibility}
            columnCount={headers.length + (bulkActions ? 1 : 0)}
            headerRows={headerRows}
            headerHeight={headerHeight}
            scrollRef={scrollRef}
            selectedId={selectedId}
            selectedIndex={selectedIndex}
            onSelect={onSelect}
            onOpen={onOpen}
            checks={bulkActions ? { ...checks, noun: noun[0] } : undefined}
            onRowDragStart={
              onRowDragStart &&
              ((id, e) => onRowDragStart(bulkActions && checks.checked.has(id) ? checks.shownChecked : [id], e))
            }
            emptyMessage={data.length === 0 ? empty : noMatch(noun[1], deferred.globalFilter, columnFilters.length > 0)}
            keysRef={bodyKeys}
            onActiveRow={setActiveRow}
          />
        </table>
      </div>
    </div>
  )
}

/** Width of the tick-box column, in pixels. */
const CHECK_WIDTH = 34
const NO_ROWS: never[] = []

function noMatch(nouns: string, globalFilter: string, columnFiltering: boolean): string {
  if (!columnFiltering) return `No ${nouns} match “${globalFilter}”.`
  return globalFilter ? `No ${nouns} match “${globalFilter}” and the filters.` : `No ${nouns} match the filters.`
}
