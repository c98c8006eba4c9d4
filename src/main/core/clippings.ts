import type { ClippingRow } from '../../shared/api'
import { makeAnchor } from '../../shared/anchors'
import { AppError } from '../../shared/errors'
import type { Clipping, Obligation } from '../../shared/model'
import { newId } from './ids'
import { notFound } from './sources'
import type { WorkspaceStore } from './workspace-store'

/** Every clipping of the workspace with its source's title and date. */
export function listClippings(store: WorkspaceStore): ClippingRow[] {
  const rows: ClippingRow[] = []
  for (const db of store.sources.values()) {
    const { source, clippings } = db.data
    for (const clipping of clippings) rows.push({ ...clipping, sourceTitle: source.title, sourceDate: source.date })
  }
  return rows
}

export interface NewClipping {
  sourceId: string
  start: number
  end: number
  tags?: string[]
  obligation?: Obligation
  note?: string
  /** Use this id instead of a new one (the sample workspace has stable ids). */
  id?: string
}

/** Clips text[start, end) of a source, anchored by offsets, quote and context. */
export async function addClipping(store: WorkspaceStore, input: NewClipping): Promise<Clipping> {
  const db = store.sources.get(input.sourceId)
  if (!db) throw notFound(input.sourceId)
  const text = await store.readText(input.sourceId)
  let anchor
  try {
    anchor = makeAnchor(text, input.start, input.end)
  } catch (err) {
    throw new AppError({ code: 'invalid-input', message: (err as Error).message, field: 'start' })
  }
  const known = new Set(store.codebook.data.tags.map((t) => t.id))
  const unknown = (input.tags ?? []).filter((t) => !known.has(t))
  if (unknown.length > 0) {
    throw new AppError({ code: 'invalid-input', message: `Unknown tag ids: ${unknown.join(', ')}.`, field: 'tags' })
  }
  const now = store.now().toISOString()
  const clipping: Clipping = {
    id: input.id ?? newId('clp'),
    sourceId: input.sourceId,
    ...anchor,
    tags: input.tags ?? [],
    note: input.note ?? '',
    createdAt: now,
    updatedAt: now,
  }
  if (input.obligation) clipping.obligation = input.obligation
  await store.saveSource({ ...db.data, clippings: [...db.data.clippings, clipping] })
  return clipping
}
