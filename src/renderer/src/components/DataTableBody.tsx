import { memo, useCallback, useEffect, useId, useRef, type DragEvent, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react'
import { columnStyle, type BodyColumn } from './data-table-model'
import { useRowWindow } from './use-row-window'

/** Every row is one line of this height (px), which lets the body render only what is in view. */
export const ROW_HEIGHT = 30
/**
 * Rows rendered beyond each edge of the view. One: a new filter or sort lays
 * out every rendered row anew, and the rows a scroll step brings in render
 * within its scroll event, so a margin only saves renders of slow scrolling.
 */
const OVERSCAN = 1

export interface RowChecks {
  checked: ReadonlySet<string>
  toggle: (id: string) => void
  extendTo: (id: string) => void
  setAll: (on: boolean) => void
  /** "clipping": names each row's checkbox "Select clipping". */
  noun: string
}

interface Props<T> {
  data: readonly T[]
  /** Indexes into data of the rows to show, filtered and sorted. */
  order: Uint32Array
  /** The shown columns; a new array only when the columns or their visibility change. */
  columns: readonly BodyColumn<T>[]
  columnCount: number
  /** Header rows above the body, for aria-rowindex. */
  headerRows: number
  headerHeight: number
  scrollRef: RefObject<HTMLDivElement | null>
  selectedId: string | null
  /** The selected row's place in `order`, or -1. */
  selectedIndex: number
  onSelect: (id: string) => void
  onOpen: ((id: string) => void) | undefined
  checks: RowChecks | undefined
  emptyMessage: ReactNode
  onRowDragStart: ((id: string, e: DragEvent) => void) | undefined
  /** The grid holds the focus; the body lends it the key handling for its rows through this ref. */
  keysRef: RefObject<((e: KeyboardEvent<HTMLElement>) => void) | null>
  /** The DOM id of the current row while it is rendered, for the grid's aria-activedescendant. */
  onActiveRow: (domId: string | undefined) => void
}

/*
 * The body renders only the rows in view (plus a margin), between two spacer
 * rows that keep the scroll height of the whole list; aria-rowcount on the
 * table and aria-rowindex here tell assistive technology where it is. The
 * grid takes focus as a whole (one tab stop) and the body's keys move the
 * selection; the grid's aria-activedescendant names the current row.
 * Memoised: a keystroke renders the table around it before the new rows exist.
 */
export const DataTableBody = memo(function DataTableBody<T extends { id: string }>(props: Props<T>) {
  const { data, order, columns, columnCount, headerRows, headerHeight, scrollRef } = props
  const { selectedId, selectedIndex, onSelect, onOpen, checks, emptyMessage, onRowDragStart, keysRef, onActiveRow } = props
  const idPrefix = useId()
  const rowDomId = (id: string) => `${idPrefix}row-${id}`
  const idAt = (i: number) => data[order[i] ?? -1]?.id

  const { start, end, scrollToRow } = useRowWindow({
    scrollRef,
    count: order.length,
    rowHeight: ROW_HEIGHT,
    offset: headerHeight,
    overscan: OVERSCAN,
  })

  // A selection made elsewhere (a clipping just created, a row found by keyboard) comes into view.
  useEffect(() => {
    if (selectedIndex !== -1) scrollToRow(selectedIndex)
    // Only a change of the selected row scrolls, not every re-filter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId])

  // Handlers read the latest props through a ref, so memoised rows need not re-render when they change.
  const latest = useRef({ onSelect, onOpen, checks, onRowDragStart })
  useEffect(() => {
    latest.current = { onSelect, onOpen, checks, onRowDragStart }
  })
  const onDragStart = useCallback((id: string, e: DragEvent) => latest.current.onRowDragStart?.(id, e), [])
  const onRowClick = useCallback((id: string, e: MouseEvent) => {
    const { onSelect, checks } = latest.current
    if (checks && e.shiftKey) checks.extendTo(id)
    else if (checks && (e.ctrlKey || e.metaKey)) checks.toggle(id)
    onSelect(id)
  }, [])
  const onRowOpen = useCallback((id: string) => latest.current.onOpen?.(id), [])
  const onCheck = useCallback((id: string, shift: boolean) => {
    const checks = latest.current.checks
    if (shift) checks?.extendTo(id)
    else checks?.toggle(id)
  }, [])

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const last = order.length - 1
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1)
    const from = selectedIndex
    const targets: Record<string, number> = {
      ArrowDown: Math.min(from + 1, last),
      ArrowUp: Math.max(from - 1, 0),
      PageDown: Math.min(from + page, last),
      PageUp: Math.max(from - page, 0),
      Home: 0,
      End: last,
    }
    const mod = e.ctrlKey || e.metaKey
    if (e.key in targets && !mod) {
      e.preventDefault()
      const id = idAt(targets[e.key] ?? -1)
      if (id !== undefined) onSelect(id)
    } else if (e.key === 'Enter' && selectedId !== null && selectedIndex !== -1) {
      e.preventDefault()
      onOpen?.(selectedId)
    } else if (checks && e.key === ' ' && selectedId !== null && selectedIndex !== -1) {
      e.preventDefault()
      if (e.shiftKey) checks.extendTo(selectedId)
      else checks.toggle(selectedId)
    } else if (checks && mod && !e.shiftKey && e.key.toLowerCase() === 'a') {
      e.preventDefault()
      checks.setAll(true)
    } else if (checks && e.key === 'Escape' && checks.checked.size > 0) {
      e.preventDefault()
      checks.setAll(false)
    }
  }

  const activeShown = selectedIndex >= start && selectedIndex < end
  const activeDomId = activeShown && selectedId !== null ? rowDomId(selectedId) : undefined
  useEffect(() => {
    keysRef.current = onKeyDown
  })
  useEffect(() => onActiveRow(activeDomId), [activeDomId, onActiveRow])

  if (order.length === 0) {
    return (
      <tbody>
        <tr className="empty-row" aria-rowindex={headerRows + 1}>
          <td className="table-empty" colSpan={columnCount}>
            {emptyMessage}
          </td>
        </tr>
      </tbody>
    )
  }

  const top = start * ROW_HEIGHT
  const bottom = (order.length - end) * ROW_HEIGHT

  return (
    <tbody>
      {top > 0 && <Spacer height={top} />}
      {Array.from(order.subarray(start, end), (index, i) => {
        const row = data[index] as T
        return (
          <BodyRow
            // Keyed by slot, not by row: a row that scrolls in takes the elements of one that scrolled out,
            // rather than new ones, which a scroll step then made and dropped by the dozen for the GC.
            // Rows that stay in view keep their slot and props, and do not render again.
            key={(start + i) % (end - start)}
            row={row}
            index={index}
            columns={columns}
            domId={rowDomId(row.id)}
            rowIndex={headerRows + start + i + 1}
            selected={row.id === selectedId}
            checked={checks ? checks.checked.has(row.id) : null}
            checkLabel={checks ? `Select ${checks.noun}` : ''}
            onClick={onRowClick}
            onOpen={onRowOpen}
            onCheck={onCheck}
            onDragStart={onRowDragStart ? onDragStart : undefined}
          />
        )
      })}
      {bottom > 0 && <Spacer height={bottom} />}
    </tbody>
  )
}) as <T extends { id: string }>(props: Props<T>) => ReactNode

/** Stands in for the rows out of view, keeping the scroll height of the whole list. */
function Spacer({ height }: { height: number }) {
  return <tr className="spacer-row" aria-hidden="true" style={{ height }} />
}

interface RowProps<T> {
  row: T
  /** The row's place in the table's data. */
  index: number
  columns: readonly BodyColumn<T>[]
  domId: string
  rowIndex: number
  selected: boolean
  /** null when the table has no checkboxes. */
  checked: boolean | null
  checkLabel: string
  onClick: (id: string, e: MouseEvent) => void
  onOpen: (id: string) => void
  onCheck: (id: string, shift: boolean) => void
  onDragStart: ((id: string, e: DragEvent) => void) | undefined
}

// Memoised: scrolling re-renders the body, and only rows that enter the view need to render.
const BodyRow = memo(function BodyRow<T extends { id: string }>(props: RowProps<T>) {
  const { row, index, columns, domId, rowIndex, selected, checked, checkLabel, onClick, onOpen, onCheck, onDragStart } = props
  const lead = checked === null ? 0 : 1
  return (
    <tr
      id={domId}
      draggable={onDragStart !== undefined}
      onDragStart={onDragStart && ((e) => onDragStart(row.id, e))}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      onMouseDown={(e) => {
        // Shift+click picks a range of rows, not a range of text.
        if (e.shiftKey) e.preventDefault()
      }}
      onClick={(e) => onClick(row.id, e)}
      onDoubleClick={() => onOpen(row.id)}
    >
      {checked !== null && (
        <td className="check-cell" style={columnStyle(0)}>
          <input
            type="checkbox"
            tabIndex={-1}
            aria-label={checkLabel}
            checked={checked}
            onClick={(e) => e.stopPropagation()}
            // React reports a checkbox change from its click event, which carries the Shift key.
            onChange={(e) => onCheck(row.id, (e.nativeEvent as globalThis.MouseEvent).shiftKey)}
          />
        </td>
      )}
      {columns.map((column, k) => (
        // Each cell takes the direction of its own text, so a right-to-left quote reads from the right.
        <td key={column.id} className={column.numeric ? 'numeric' : undefined} style={columnStyle(k + lead)} dir="auto">
          {column.render(row, index)}
        </td>
      ))}
    </tr>
  )
}) as <T extends { id: string }>(props: RowProps<T>) => ReactNode
