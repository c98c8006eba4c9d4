import { toCsv } from '../../../shared/csv'
import { paragraphsInOrder } from '../../../shared/drafting/draft-edits'
import { resolveReferences } from '../../../shared/drafting/references'
import type { Clipping, Paragraph } from '../../../shared/model'
import { numberDraft } from '../../../shared/numbering'
import type { WorkspaceStore } from '../workspace-store'
import { pageOf } from './citation'
import { gatherClausePack } from './clause-pack'
import { verifyQuotes } from './verify-quotes'

export const EVIDENCE_COLUMNS = [
  'Paragraph',
  'Paragraph text',
  'Status',
  'Quote',
  'Source',
  'Authors',
  'Date',
  'Page',
  'Tags',
  'Type',
  'Modality',
  'Bearer',
  'Instrument',
  'Stance',
  'Note',
] as const

const LIST_SEPARATOR = '; '

/**
 * A draft's evidence table as CSV: one row per paragraph and clipping it
 * cites, in draft order and citation order (a paragraph without evidence
 * gets one row with the evidence columns empty). Tags, type and instrument
 * show by name. Every quote is checked against its source first, and the
 * same draft always gives the same bytes.
 */
export async function exportEvidenceCsv(store: WorkspaceStore, draftId: string): Promise<string> {
  const pack = gatherClausePack(store, draftId)
  await verifyQuotes(store, [...pack.clippings.values()])
  const { draft } = pack
  const labels = numberDraft(draft)
  const tagNames = new Map(store.codebook.data.tags.map((t) => [t.id, t.name]))
  const tagName = (id: string | null | undefined) => (id ? (tagNames.get(id) ?? id) : '')
  // gatherClausePack has refused dangling references, so each one reads as its label.
  const paragraphText = (p: Paragraph) =>
    [p.text, ...(p.alternatives ?? []).map((a) => `[${a}]`)].map((t) => resolveReferences(draft, t, (id) => id)).join(' ')

  const evidence = (c: Clipping): string[] => {
    const source = pack.sources.get(c.sourceId)!
    const page = pageOf(source, c)
    const o = c.obligation
    return [
      c.quote,
      source.title,
      source.authors.join(LIST_SEPARATOR),
      source.date,
      page ? String(page) : '',
      c.tags.map(tagName).join(LIST_SEPARATOR),
      tagName(o?.type),
      o?.modality ?? '',
      o?.bearer ?? '',
      tagName(o?.instrument),
      o?.stance ?? '',
      c.note,
    ]
  }
  const none = EVIDENCE_COLUMNS.slice(3).map(() => '')

  const rows: string[][] = []
  for (const p of paragraphsInOrder(draft)) {
    const head = [labels.get(p.id) ?? '', paragraphText(p), p.status]
    if (p.clippingIds.length === 0) rows.push([...head, ...none])
    for (const id of p.clippingIds) rows.push([...head, ...evidence(pack.clippings.get(id)!)])
  }
  return toCsv(EVIDENCE_COLUMNS, rows)
}
