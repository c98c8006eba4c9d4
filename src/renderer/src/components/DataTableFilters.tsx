import type { Header } from '@tanstack/react-table'

/** The column's name for labels: its header text, or its id when the header is not plain text. */
export function columnName<T>(header: Header<T, unknown>): string {
  const h = header.column.columnDef.header
  return typeof h === 'string' ? h : header.column.id
}

/** A row under the headers with a text box for each column that declares a text filter. */
export function FilterRow<T>({ headers }: { headers: Header<T, unknown>[] }) {
  return (
    <tr className="filter-row">
      {headers.map((h) => {
        const name = columnName(h)
        return (
          <td key={h.id}>
            {h.column.columnDef.meta?.filterVariant === 'text' && (
              <input
                type="search"
                className="column-filter"
                aria-label={`Filter ${name}`}
                placeholder={name}
                dir="auto"
                value={(h.column.getFilterValue() as string | undefined) ?? ''}
                onChange={(e) => h.column.setFilterValue(e.target.value || undefined)}
              />
            )}
          </td>
        )
      })}
    </tr>
  )
}
