import { useEffect, useId, type KeyboardEvent, type ReactNode } from 'react'
import { flexRender, type Row } from '@tanstack/react-table'

interface Props<T> {
  rows: Row<T>[]
  columnCount: number
  selectedId: string | null
  onSelect: (id: string) => void
  onOpen: ((id: string) => void) | undefined
  emptyMessage: ReactNode
}

/*
 * The body is its own component so that it alone can be virtualised later.
 * It takes focus as a whole (one tab stop) and moves the selection with the
 * arrow keys; aria-activedescendant tells assistive technology which row
 * that is.
 */
export function DataTableBody<T>({ rows, columnCount, selectedId, onSelect, onOpen, emptyMessage }: Props<T>) {
  const idPrefix = useId()
  const rowDomId = (id: string) => `${idPrefix}row-${id}`
  const selectedIndex = selectedId === null ? -1 : rows.findIndex((r) => r.id === selectedId)

  const reveal = (id: string) => document.getElementById(rowDomId(id))?.scrollIntoView({ block: 'nearest' })

  // A selection made elsewhere (a source just added) must come into view too.
  useEffect(() => {
    if (selectedId !== null) document.getElementById(`${idPrefix}row-${selectedId}`)?.scrollIntoView({ block: 'nearest' })
  }, [idPrefix, selectedId])

  function onKeyDown(e: KeyboardEvent<HTMLTableSectionElement>) {
    const last = rows.length - 1
    const targets: Record<string, number> = {
      ArrowDown: selectedIndex === -1 ? 0 : Math.min(selectedIndex + 1, last),
      ArrowUp: Math.max(selectedIndex - 1, 0),
      Home: 0,
      End: last,
    }
    if (e.key in targets) {
      e.preventDefault()
      const row = rows[targets[e.key] ?? -1]
      if (row) {
        onSelect(row.id)
        reveal(row.id)
      }
    } else if (e.key === 'Enter' && selectedIndex !== -1 && selectedId !== null) {
      e.preventDefault()
      onOpen?.(selectedId)
    }
  }

  if (rows.length === 0) {
    return (
      <tbody>
        <tr>
          <td className="table-empty" colSpan={columnCount}>
            {emptyMessage}
          </td>
        </tr>
      </tbody>
    )
  }

  return (
    <tbody
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-activedescendant={selectedIndex === -1 || selectedId === null ? undefined : rowDomId(selectedId)}
    >
      {rows.map((row) => (
        <tr
          key={row.id}
          id={rowDomId(row.id)}
          aria-selected={row.id === selectedId}
          onClick={() => onSelect(row.id)}
          onDoubleClick={() => onOpen?.(row.id)}
        >
          {row.getVisibleCells().map((cell) => (
            <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'numeric' : undefined}>
              {flexRender(cell.column.columnDef.cell, cell.getContext())}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  )
}
