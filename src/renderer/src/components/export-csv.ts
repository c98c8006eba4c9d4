import type { Table } from '@tanstack/react-table'
import { csvFileName, toCsv } from '../../../shared/csv'
import { columnName } from './data-table-model'
import type { TableIndex } from '../../../shared/table-index'

/**
 * Saves what the table shows as CSV: the visible columns in their order, and
 * every row the filters leave in the current sort (not only the rows
 * rendered on screen). The file goes through the ordinary download path, so
 * it needs no file-system access of its own.
 */
export function exportTableCsv<T>(table: Table<T>, index: TableIndex<T>, order: Uint32Array, what: string): void {
  const columns = table.getVisibleLeafColumns().flatMap((c) => {
    const indexed = index.column(c.id)
    return indexed ? [{ name: columnName(c), text: indexed.text }] : []
  })
  const csv = toCsv(
    columns.map((c) => c.name),
    Array.from(order, (i) => {
      const row = index.data[i] as T
      return columns.map((c) => c.text(row))
    }),
  )
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = csvFileName(what, new Date())
  link.click()
  // The download has taken its copy once the click is handled; revoking later frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
