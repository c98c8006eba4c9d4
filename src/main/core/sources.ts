import type { z } from 'zod'
import type { createSourceInput, SourceDetail, SourcePatch, SourceRow } from '../../shared/api'
import { AppError } from '../../shared/errors'
import type { Source } from '../../shared/model'
import { FORMAT_VERSION } from '../../shared/workspace-files'
import { newId } from './ids'
import { normaliseText, textHash } from './text'
import type { WorkspaceStore } from './workspace-store'

/** Every source with its number of clippings, for the Sources table. */
export function listSources(store: WorkspaceStore): SourceRow[] {
  const rows: SourceRow[] = []
  for (const db of store.sources.values()) {
    rows.push({ ...db.data.source, clippingCount: db.data.clippings.length })
  }
  return rows
}

export async function getSource(store: WorkspaceStore, id: string): Promise<SourceDetail> {
  const db = store.sources.get(id)
  if (!db) throw notFound(id)
  return { source: db.data.source, text: await store.readText(id), clippings: db.data.clippings }
}

/** The source whose stored text has this hash, if any: the duplicate check. */
export function findByTextHash(store: WorkspaceStore, hash: string): Source | undefined {
  for (const db of store.sources.values()) {
    if (db.data.source.textHash === hash) return db.data.source
  }
  return undefined
}

/** Creates a source from pasted text; refuses text the workspace already holds. */
export async function createSourceFromText(
  store: WorkspaceStore,
  input: z.output<typeof createSourceInput>,
): Promise<Source> {
  const text = normaliseText(input.text)
  const hash = textHash(text)
  const existing = findByTextHash(store, hash)
  if (existing) {
    throw new AppError({
      code: 'duplicate',
      message: `This text is already in the workspace as "${existing.title}".`,
      hint: 'Open that source instead, or change the text if it is a different document.',
      field: 'text',
    })
  }
  const source: Source = {
    id: newId('src'),
    kind: input.kind,
    title: input.title.trim(),
    authors: input.authors,
    publisher: input.publisher,
    date: input.date,
    url: input.url,
    language: '',
    importedAt: store.now().toISOString(),
    format: 'pasted',
    textHash: hash,
    textLength: text.length,
    note: '',
  }
  await store.addSource({ formatVersion: FORMAT_VERSION, source, clippings: [] }, text)
  return source
}

export function notFound(id: string): AppError {
  return new AppError({
    code: 'not-found',
    message: `No source with id ${id} in this workspace.`,
    hint: 'It may have been deleted; refresh the list.',
  })
}

/** Edits a source's metadata; the text itself never changes. */
export async function updateSource(store: WorkspaceStore, id: string, patch: SourcePatch): Promise<Source> {
  const db = store.sources.get(id)
  if (!db) throw notFound(id)
  const source: Source = { ...db.data.source, ...patch }
  await store.saveSource({ ...db.data, source })
  return source
}
