import type { ColumnDef } from '@tanstack/react-table'
import type { DraftSummary } from '../../../../shared/api'
import { formatDay } from '../../lib/format'

export const draftColumns: ColumnDef<DraftSummary>[] = [
  {
    id: 'title',
    header: 'Title',
    accessorFn: (d) => d.title,
    cell: ({ row }) => <span className="cell-strong" dir="auto">{row.original.title}</span>,
    size: 280,
    minSize: 160,
    meta: { filterVariant: 'text', grow: true },
  },
  { id: 'articles', header: 'Articles', accessorFn: (d) => d.articleCount, size: 90, minSize: 90, meta: { numeric: true } },
  { id: 'paragraphs', header: 'Paragraphs', accessorFn: (d) => d.paragraphCount, size: 112, minSize: 112, meta: { numeric: true } },
  { id: 'updated', header: 'Updated', accessorFn: (d) => d.updatedAt, cell: ({ row }) => formatDay(row.original.updatedAt), size: 104, minSize: 104 },
]
