import type { z } from 'zod'
import type { createSourceInput, SourceDetail, SourcePatch, SourceRow } from '../../shared/api'
import { AppError } from '../../shared/errors'
import type { Source } from '../../shared/model'
import { newId } from '../../shared/ids'
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
  const [text, original] = await Promise.all([store.readText(id), store.originalName(id)])
  return { source: db.data.source, text, clippings: db.data.clippings, hasOriginal: original !== null }
}

/** The source whose stored text has this hash, if any: the duplicate check. */
export function findByTextHash(store: WorkspaceStore, hash: string): Source | undefined {
  for (const db of store.sources.values()) {
    if (db.data.source.textHash === hash) return db.data.source
  }
  return undefined
}

/** The metadata a new source starts with; the rest is computed from its text. */
export type NewSourceMetadata = Pick<Source, 'kind' | 'title' | 'authors' | 'publisher' | 'date' | 'url' | 'language'>

/**
 * Stores normalised text as a new source, or returns the source that
 * already holds the same text: the one place sources are created, for
 * pasting and for importing alike.
 */
export async function addNewSource(
  store: WorkspaceStore,
  input: { text: string; format: Source['format']; metadata: NewSourceMetadata; pages?: number[]; original?: { extension: string; bytes: Uint8Array } },
): Promise<{ source: Source; duplicate: boolean }> {
  const hash = textHash(input.text)
  return store.additions.run(async () => {
    const existing = findByTextHash(store, hash)
    if (existing) return { source: existing, duplicate: true }
    const source: Source = {
      id: newId('src'),
      ...input.metadata,
      importedAt: store.now().toISOString(),
      format: input.format,
      textHash: hash,
      textLength: input.text.length,
      note: '',
    }
    if (input.pages) source.pages = input.pages
    await store.addSource({ source, clippings: [] }, input.text, input.original)
    return { source, duplicate: false }
  })
}

/** Creates a source from pasted text; refuses text the workspace already holds. */
export async function createSourceFromText(
  store: WorkspaceStore,
  input: z.output<typeof createSourceInput>,
): Promise<Source> {
  const { text: _text, title, ...rest } = input
  const { source, duplicate } = await addNewSource(store, {
    text: normaliseText(input.text),
    format: 'pasted',
    metadata: { ...rest, title: title.trim(), language: '' },
  })
  if (duplicate) {
    throw new AppError({
      code: 'duplicate',
      message: `This text is already in the workspace as "${source.title}".`,
      hint: 'Open that source instead, or change the text if it is a different document.',
      field: 'text',
    })
  }
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
