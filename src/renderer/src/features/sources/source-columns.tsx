import type { ColumnDef } from '@tanstack/react-table'
import type { SourceRow } from '../../../../shared/api'
import { formatDay } from '../../lib/format'

export const sourceColumns: ColumnDef<SourceRow>[] = [
  {
    id: 'title',
    header: 'Title',
    accessorFn: (s) => s.title,
    cell: ({ row }) => <span className="cell-strong" dir="auto">{row.original.title}</span>,
    size: 280,
    minSize: 160,
    meta: { filterVariant: 'text', grow: true },
  },
  {
    id: 'authors',
    header: 'Authors',
    accessorFn: (s) => s.authors.join('; '),
    size: 160,
    minSize: 100,
    meta: { filterVariant: 'text' },
  },
  { id: 'date', header: 'Date', accessorFn: (s) => s.date, size: 100, minSize: 96, meta: { filterVariant: 'text' } },
  {
    id: 'kind',
    header: 'Kind',
    accessorFn: (s) => s.kind,
    cell: ({ row }) => <span className="kind">{row.original.kind}</span>,
    size: 86,
    minSize: 76,
    meta: { filterVariant: 'text' },
  },
  {
    id: 'publisher',
    header: 'Publisher',
    accessorFn: (s) => s.publisher,
    size: 160,
    minSize: 100,
    meta: { filterVariant: 'text' },
  },
  {
    id: 'language',
    header: 'Language',
    accessorFn: (s) => s.language,
    size: 96,
    minSize: 92,
    // Shown from the Columns menu: the detail pane shows it, and the table must fit 1280 px beside the reader.
    meta: { filterVariant: 'text', hidden: true },
  },
  {
    id: 'clippings',
    header: 'Clippings',
    accessorFn: (s) => s.clippingCount,
    size: 100,
    minSize: 100,
    meta: { numeric: true },
  },
  {
    id: 'imported',
    header: 'Imported',
    accessorFn: (s) => s.importedAt,
    cell: ({ row }) => formatDay(row.original.importedAt),
    size: 104,
    minSize: 104,
    meta: { hidden: true },
  },
]
