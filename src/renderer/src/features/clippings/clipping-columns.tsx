import type { ColumnDef } from '@tanstack/react-table'
import type { ClippingRow } from '../../../../shared/api'
import type { Tag } from '../../../../shared/model'
import { TagChips } from '../../components/TagChip'
import { formatDay } from '../../lib/format'

function tagName(tagsById: ReadonlyMap<string, Tag>, id: string | null | undefined): string {
  if (!id) return ''
  return tagsById.get(id)?.name ?? ''
}

/** Columns read tag names from the codebook, so renaming a tag renames it everywhere. */
export function clippingColumns(tagsById: ReadonlyMap<string, Tag>): ColumnDef<ClippingRow>[] {
  return [
    {
      id: 'quote',
      header: 'Quote',
      accessorFn: (c) => c.quote,
      cell: ({ row }) => <span dir="auto">{row.original.quote}</span>,
      size: 320,
      minSize: 220,
      meta: { filterVariant: 'text', grow: true },
    },
    {
      id: 'source',
      header: 'Source',
      accessorFn: (c) => c.sourceTitle,
      cell: ({ row }) => <span dir="auto">{row.original.sourceTitle}</span>,
      size: 170,
      minSize: 120,
      meta: { filterVariant: 'text', grow: true },
    },
    { id: 'date', header: 'Date', accessorFn: (c) => c.sourceDate, size: 92, minSize: 92, meta: { filterVariant: 'text' } },
    {
      id: 'tags',
      header: 'Tags',
      accessorFn: (c) => c.tags.map((id) => tagName(tagsById, id)).join(', '),
      cell: ({ row }) => <TagChips ids={row.original.tags} tagsById={tagsById} compact />,
      size: 170,
      minSize: 120,
      meta: { filterVariant: 'text' },
    },
    {
      id: 'type',
      header: 'Type',
      accessorFn: (c) => tagName(tagsById, c.obligation?.type),
      size: 140,
      minSize: 80,
      meta: { filterVariant: 'text' },
    },
    {
      id: 'modality',
      header: 'Modality',
      accessorFn: (c) => c.obligation?.modality ?? '',
      size: 96,
      minSize: 94,
      meta: { filterVariant: 'text' },
    },
    {
      id: 'bearer',
      header: 'Bearer',
      accessorFn: (c) => c.obligation?.bearer ?? '',
      size: 120,
      minSize: 80,
      meta: { filterVariant: 'text' },
    },
    {
      id: 'instrument',
      header: 'Instrument',
      accessorFn: (c) => tagName(tagsById, c.obligation?.instrument),
      size: 140,
      minSize: 104,
      meta: { filterVariant: 'text' },
    },
    {
      id: 'stance',
      header: 'Stance',
      accessorFn: (c) => c.obligation?.stance ?? '',
      size: 86,
      minSize: 80,
      meta: { filterVariant: 'text' },
    },
    { id: 'created', header: 'Created', accessorFn: (c) => c.createdAt, cell: ({ row }) => formatDay(row.original.createdAt), size: 104, minSize: 104 },
  ]
}
