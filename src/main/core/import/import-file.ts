import { extname } from 'node:path'
import type { ImportResult } from '../../../shared/api'
import { sourceKinds, type Source, type SourceKind } from '../../../shared/model'
import { FORMAT_VERSION } from '../../../shared/workspace-files'
import { newId } from '../ids'
import { findByTextHash } from '../sources'
import { normaliseText, textHash } from '../text'
import type { WorkspaceStore } from '../workspace-store'
import type { ExtractionService } from './extraction-service'
import { DEFAULT_LIMITS, ImportError, type ExtractedDocument, type ImportLimits } from './types'

export interface ImportFileInput {
  /** The name shown to the user: a file name or a path relative to the dropped folder. */
  name: string
  bytes: Uint8Array
}

/** The import limits of this workspace: its size limit over the fixed defaults. */
export function workspaceLimits(store: WorkspaceStore): ImportLimits {
  return { ...DEFAULT_LIMITS, maxFileBytes: store.meta.settings.importSizeLimitMb * 1024 * 1024 }
}

/**
 * Imports one file: checks its size, extracts it in the worker, refuses
 * text the workspace already holds, and stores text, original and metadata
 * as one new source. Never throws for a bad file: the result says why.
 */
export async function importFile(
  store: WorkspaceStore,
  extraction: ExtractionService,
  input: ImportFileInput,
): Promise<ImportResult> {
  const limits = workspaceLimits(store)
  const failed = (reason: string): ImportResult => ({ name: input.name, status: 'failed', reason })
  if (input.bytes.length === 0) return failed('the file is empty')
  if (input.bytes.length > limits.maxFileBytes) {
    const mb = (input.bytes.length / 1024 / 1024).toFixed(1)
    return failed(
      `the file is ${mb} MB, over this workspace's import limit of ${store.meta.settings.importSizeLimitMb} MB; raise the limit in the workspace settings to import it`,
    )
  }
  let doc: ExtractedDocument
  try {
    doc = await extraction.extract(baseName(input.name), input.bytes, limits)
  } catch (err) {
    if (err instanceof ImportError) return failed(err.reason)
    throw err
  }
  if (normaliseText(doc.text) !== doc.text) throw new Error(`extractor for ${doc.format} returned unnormalised text`)
  if (doc.text.trim().length === 0) return failed('no text could be found in it')

  const hash = textHash(doc.text)
  const existing = findByTextHash(store, hash)
  if (existing) return { name: input.name, status: 'duplicate', duplicateOf: { id: existing.id, title: existing.title } }

  const source = buildSource(store, input.name, doc, hash)
  const extension = extname(input.name).slice(1).toLowerCase().replace(/[^a-z0-9]/g, '') || doc.format
  await store.addSource({ formatVersion: FORMAT_VERSION, source, clippings: [] }, doc.text, {
    extension,
    bytes: input.bytes,
  })
  return { name: input.name, status: 'imported', source, warnings: doc.warnings }
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name
}

function buildSource(store: WorkspaceStore, name: string, doc: ExtractedDocument, hash: string): Source {
  const meta = doc.metadata
  const fallbackTitle = baseName(name).replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || 'Untitled document'
  const kind: SourceKind = meta.kind && sourceKinds.includes(meta.kind) ? meta.kind : 'article'
  const source: Source = {
    id: newId('src'),
    kind,
    title: (meta.title?.trim() || fallbackTitle).slice(0, 500),
    authors: (meta.authors ?? []).map((a) => a.trim()).filter(Boolean).slice(0, 50),
    publisher: (meta.publisher ?? '').slice(0, 300),
    date: meta.date ?? '',
    url: (meta.url ?? '').slice(0, 2000),
    language: (meta.language ?? '').slice(0, 35),
    importedAt: store.now().toISOString(),
    format: doc.format,
    textHash: hash,
    textLength: doc.text.length,
    note: '',
  }
  if (doc.pages) source.pages = doc.pages
  return source
}
