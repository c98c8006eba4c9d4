import type { ColumnDef } from '@tanstack/react-table'
import type { ClippingRow } from '../../../../shared/api'
import type { Tag } from '../../../../shared/model'
import { TagChips } from '../../components/TagChip'
import { formatDay } from '../../lib/format'

/**
 * Columns read tag names from the codebook, so renaming a tag renames it
 * everywhere. Facet values are ids (a tag's, a source's), so two sources
 * with the same title stay apart; '' stands for "not set" everywhere, and so
 * does an id the codebook no longer has, as in the coverage picture.
 */
export function clippingColumns(
  tagsById: ReadonlyMap<string, Tag>,
  sourceTitles: ReadonlyMap<string, string>,
): ColumnDef<ClippingRow>[] {
  const known = (id: string | null | undefined) => (id && tagsById.has(id) ? id : '')
  const tagName = (id: string | null | undefined) => (id ? (tagsById.get(id)?.name ?? '') : '')
  const tagFacet = { label: tagName }
  const plainFacet = {}

  return [
    {
      id: 'quote',
      header: 'Quote',
      accessorFn: (c) => c.quote,
      size: 320,
      minSize: 220,
      meta: { filterVariant: 'text', grow: true },
    },
    {
      id: 'source',
      header: 'Source',
      accessorFn: (c) => c.sourceId,
      cell: ({ row }) => row.original.sourceTitle,
      size: 170,
      minSize: 120,
      meta: { facet: { label: (id) => sourceTitles.get(id) ?? '' }, text: (c) => c.sourceTitle, grow: true },
    },
    {
      id: 'date',
      header: 'Date',
      // Partial ISO dates sort chronologically as strings ("2011" < "2011-10" < "2011-10-27"); undated last.
      accessorFn: (c) => c.sourceDate,
      size: 92,
      minSize: 92,
      meta: { filterVariant: 'text', sortByValue: true },
    },
    {
      id: 'tags',
      header: 'Tags',
      accessorFn: (c) => c.tags.join(' '),
      // Multi-valued: a clipping counts under each of its tags, and "(not set)" when it has none.
      getUniqueValues: (c) => (c.tags.length > 0 ? c.tags : ['']),
      cell: ({ row }) => <TagChips ids={row.original.tags} tagsById={tagsById} compact />,
      size: 170,
      minSize: 120,
      meta: { facet: tagFacet, text: (c) => c.tags.map(tagName).join(', ') },
    },
    {
      id: 'type',
      header: 'Type',
      accessorFn: (c) => known(c.obligation?.type),
      cell: ({ row }) => tagName(row.original.obligation?.type),
      size: 140,
      minSize: 80,
      meta: { facet: tagFacet, text: (c) => tagName(c.obligation?.type) },
    },
    {
      id: 'modality',
      header: 'Modality',
      accessorFn: (c) => c.obligation?.modality ?? '',
      size: 96,
      minSize: 94,
      meta: { facet: plainFacet },
    },
    {
      id: 'bearer',
      header: 'Bearer',
      accessorFn: (c) => c.obligation?.bearer ?? '',
      size: 120,
      minSize: 80,
      meta: { filterVariant: 'text', facet: plainFacet },
    },
    {
      id: 'instrument',
      header: 'Instrument',
      accessorFn: (c) => known(c.obligation?.instrument),
      cell: ({ row }) => tagName(row.original.obligation?.instrument),
      size: 140,
      minSize: 104,
      meta: { facet: tagFacet, text: (c) => tagName(c.obligation?.instrument) },
    },
    {
      id: 'stance',
      header: 'Stance',
      accessorFn: (c) => c.obligation?.stance ?? '',
      size: 86,
      minSize: 80,
      meta: { facet: plainFacet },
    },
    {
      id: 'note',
      header: 'Note',
      accessorFn: (c) => c.note,
      size: 220,
      minSize: 120,
      meta: { filterVariant: 'text', hidden: true, grow: true },
    },
    {
      id: 'scope',
      header: 'Scope',
      accessorFn: (c) => c.obligation?.scope ?? '',
      size: 180,
      minSize: 100,
      meta: { filterVariant: 'text', hidden: true },
    },
    {
      id: 'created',
      header: 'Created',
      accessorFn: (c) => c.createdAt,
      cell: ({ row }) => formatDay(row.original.createdAt),
      size: 104,
      minSize: 104,
      meta: { text: (c) => formatDay(c.createdAt), sortByValue: true },
    },
  ]
}
