import { extname } from 'node:path'
import type { ImportResult } from '../../../shared/api'
import { overImportLimitReason } from '../../../shared/import-limit'
import { sourceKinds, type SourceKind } from '../../../shared/model'
import { addNewSource, type NewSourceMetadata } from '../sources'
import { normaliseText } from '../text'
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
    return failed(overImportLimitReason(input.bytes.length, store.meta.settings.importSizeLimitMb))
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

  const extension = extname(input.name).slice(1).toLowerCase().replace(/[^a-z0-9]/g, '') || doc.format
  const { source, duplicate } = await addNewSource(store, {
    text: doc.text,
    format: doc.format,
    metadata: metadataOf(input.name, doc),
    ...(doc.pages ? { pages: doc.pages } : {}),
    original: { extension, bytes: input.bytes },
  })
  if (duplicate) return { name: input.name, status: 'duplicate', duplicateOf: { id: source.id, title: source.title } }
  return { name: input.name, status: 'imported', source, warnings: doc.warnings }
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name
}

/** The detected metadata, within the schema's limits, with a title from the file name when none was found. */
function metadataOf(name: string, doc: ExtractedDocument): NewSourceMetadata {
  const meta = doc.metadata
  const fallbackTitle = baseName(name).replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || 'Untitled document'
  const kind: SourceKind = meta.kind && sourceKinds.includes(meta.kind) ? meta.kind : 'article'
  return {
    kind,
    title: (meta.title?.trim() || fallbackTitle).slice(0, 500),
    authors: (meta.authors ?? []).map((a) => a.trim()).filter(Boolean).slice(0, 50),
    publisher: (meta.publisher ?? '').slice(0, 300),
    date: meta.date ?? '',
    url: (meta.url ?? '').slice(0, 2000),
    language: (meta.language ?? '').slice(0, 35),
  }
}
