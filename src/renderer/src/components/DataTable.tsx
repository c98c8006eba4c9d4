import { useCallback, useDeferredValue, useId, useMemo, useRef, useState, type Dispatch, type DragEvent, type KeyboardEvent, type ReactNode, type SetStateAction } from 'react'
import { functionalUpdate, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table'
import type { TableState } from '../../../shared/views'
import { countOf } from '../lib/format'
import { useElementWidth } from '../lib/use-element-width'
import { bodyColumns, columnWidths, emptyTableState, indexColumns } from './data-table-model'
import { DataTableBody } from './DataTableBody'
import { ColumnMenu, FacetBar, FilterRow } from './DataTableFilters'
import { CheckAllCell, HeaderCell } from './DataTableHead'
import { exportTableCsv } from './export-csv'
import { fitColumns } from './fit-columns'
import { TableIndex } from '../../../shared/table-index'
import { useElementHeight } from './use-element-height'
import { positionOf, useRowChecks } from './use-row-checks'

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
  view?: { state: TableState; onChange: Dispatch<SetStateAction<TableState>> }
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
  // Updates apply to the state as it is when they land, so that two in one event both count.
  const update = view?.onChange ?? setOwnState
  const deferred = useDeferredValue(state)
  const [showColumnFilters, setShowColumnFilters] = useState(false)
  const filterId = useId()
  const scrollRef = useRef<HTMLDivElement>(null)
  const theadRef = useRef<HTMLTableSectionElement>(null)
  const available = useElementWidth(scrollRef)
  const headerHeight = useElementHeight(theadRef)

  const index = useMemo(() => new TableIndex(data, indexColumns(columns)), [data, columns])
  // The index answers from columns it has prepared within a frame, so such a change (a keystroke, a sort
  // by a column sorted before) renders once, at once, with its rows. A change that must first prepare a
  // column (its sort keys, its text) shows the old rows, dimmed, while the deferred render prepares it.
  const current = index.prepared(state.globalFilter, state.columnFilters, state.sorting) ? state : deferred
  const known = useMemo(() => new Set(columns.map((c) => c.id)), [columns])
  // A saved view may name a column that no longer exists; it is skipped, not an error.
  const columnFilters = useMemo(() => current.columnFilters.filter((f) => known.has(f.id)), [current.columnFilters, known])
  const sorting = useMemo(() => current.sorting.filter((s) => known.has(s.id)), [current.sorting, known])
  const masks = useMemo(() => index.masks(current.globalFilter, columnFilters), [index, current.globalFilter, columnFilters])
  // Indexes into data, in the order shown: no list of row ids is made, however many rows pass.
  const order = useMemo(() => index.sort(index.matching(masks), sorting), [index, masks, sorting])
  const facetCounts = useCallback((id: string) => index.facetCounts(id, masks), [index, masks])
  const selectedIndex = useMemo(() => (selectedId === null ? -1 : positionOf(data, order, selectedId)), [data, order, selectedId])
  const checks = useRowChecks(data, order)
  const bodyKeys = useRef<((e: KeyboardEvent<HTMLElement>) => void) | null>(null)
  const [activeRow, setActiveRow] = useState<string | undefined>(undefined)

  // This table instance holds no rows: it declares the columns, their sort and visibility, and renders
  // the headers. Rows are filtered and sorted by the index, and the body renders them from the data.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: NO_ROWS as T[],
    columns,
    state: { sorting, globalFilter: current.globalFilter, columnFilters, columnVisibility: current.columnVisibility },
    onSortingChange: (u) => update((s) => ({ ...s, sorting: functionalUpdate(u, s.sorting) })),
    onColumnFiltersChange: (u) => update((s) => ({ ...s, columnFilters: functionalUpdate(u, s.columnFilters) })),
    onColumnVisibilityChange: (u) => update((s) => ({ ...s, columnVisibility: functionalUpdate(u, s.columnVisibility) })),
    manualFiltering: true,
    manualSorting: true,
    // With no rows TanStack cannot guess a column's first direction; ascending reads naturally everywhere.
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
  })

  const headers = table.getHeaderGroups()[0]?.headers ?? []
  // TanStack keeps the shown columns while the columns and their visibility stay, and so does this.
  const visibleColumns = table.getVisibleLeafColumns()
  const shownColumns = useMemo(() => bodyColumns(table, visibleColumns, columns), [table, visibleColumns, columns])
  const widths = fitColumns(
    headers.map((h) => ({
      size: h.getSize(),
      minSize: h.column.columnDef.minSize ?? h.getSize(),
      grow: h.column.columnDef.meta?.grow === true,
    })),
    available - (bulkActions ? CHECK_WIDTH : 0),
  )
  const lead = bulkActions ? 1 : 0
  const rendered = bulkActions ? [CHECK_WIDTH, ...widths] : widths
  const filterable = headers.some((h) => h.column.columnDef.meta?.filterVariant === 'text')
  const optional = columns.some((c) => c.meta?.hidden !== undefined)
  const shown = order.length === data.length ? countOf(data.length, ...noun) : `${order.length} of ${countOf(data.length, ...noun)}`
  const headerRows = showColumnFilters ? 2 : 1
  const clearFilters = useCallback(() => update((s) => ({ ...s, globalFilter: '', columnFilters: [] })), [update])
  const rowNoun = noun[0]
  const bodyChecks = useMemo(() => (bulkActions ? { ...checks, noun: rowNoun } : undefined), [bulkActions, checks, rowNoun])
  const dragRows = useMemo(() => {
    if (!onRowDragStart) return undefined
    const { checked, shownChecked } = checks
    return (id: string, e: DragEvent) => onRowDragStart(bulkActions && checked.has(id) ? shownChecked : [id], e)
  }, [onRowDragStart, bulkActions, checks])

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
          onChange={(e) => {
            const globalFilter = e.target.value
            update((s) => ({ ...s, globalFilter }))
          }}
        />
        {filterable && (
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={showColumnFilters}
            onClick={() => {
              // Hidden text boxes must not keep hiding rows.
              if (showColumnFilters) update((s) => ({ ...s, columnFilters: s.columnFilters.filter((f) => typeof f.value !== 'string') }))
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
        <table
          className="grid"
          role="grid"
          aria-label={label}
          aria-rowcount={order.length + headerRows}
          aria-busy={current !== state}
          aria-activedescendant={activeRow}
          tabIndex={0}
          onKeyDown={(e) => {
            // Keys typed in a header's sort button or filter box stay theirs; the rows' are the body's.
            if (e.target === e.currentTarget || (e.target as Element).closest('tbody')) bodyKeys.current?.(e)
          }}
          style={{ width: rendered.reduce((a, b) => a + b, 0), ...columnWidths(rendered) }}
        >
          <thead ref={theadRef}>
            <tr aria-rowindex={1}>
              {bulkActions && <CheckAllCell shown={order.length} checked={checks.shownChecked.length} onChange={checks.setAll} />}
              {headers.map((h, i) => (
                <HeaderCell key={h.id} header={h} sorted={h.column.getIsSorted()} position={i + lead} />
              ))}
            </tr>
            {showColumnFilters && <FilterRow headers={headers} filters={state.columnFilters} leading={Boolean(bulkActions)} />}
          </thead>
          <DataTableBody
            data={data}
            order={order}
            columns={shownColumns}
            columnCount={headers.length + (bulkActions ? 1 : 0)}
            headerRows={headerRows}
            headerHeight={headerHeight}
            scrollRef={scrollRef}
            selectedId={selectedId}
            selectedIndex={selectedIndex}
            onSelect={onSelect}
            onOpen={onOpen}
            checks={bodyChecks}
            onRowDragStart={dragRows}
            emptyMessage={data.length === 0 ? empty : noMatch(noun[1], current.globalFilter, columnFilters.length > 0)}
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
