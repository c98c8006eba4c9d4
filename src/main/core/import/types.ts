import type { SourceKind } from '../../../shared/model'

/** The formats an importer can read; detected from the bytes, not only the name. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx'

/** Metadata found in a document; every field is optional and user-editable later. */
export interface DetectedMetadata {
  title?: string
  authors?: string[]
  publisher?: string
  /** Partial ISO date: "2011", "2011-10" or "2011-10-27". */
  date?: string
  url?: string
  /** BCP 47 language tag, e.g. "en", "fr", "zh", "ar". */
  language?: string
  kind?: SourceKind
}

/** Budgets an extractor must respect; exceeding one is an ImportError, never a hang. */
export interface ImportLimits {
  /** Largest input file accepted, in bytes. */
  maxFileBytes: number
  /** Largest total of uncompressed entries a DOCX may declare, in bytes. */
  maxUnzippedBytes: number
  /** Largest ratio of uncompressed to compressed size for one zip entry. */
  maxCompressionRatio: number
  /** Largest number of PDF pages read. */
  maxPages: number
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxUnzippedBytes: 300 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxPages: 5000,
}

export interface ExtractedDocument {
  format: ImportFormat
  /**
   * The document's text, already passed through normaliseText() (core/text.ts):
   * offsets (pages, clippings) are only meaningful in normalised text.
   */
  text: string
  /** For paged formats: the offset in `text` where each page starts (page 1 first, at 0). */
  pages?: number[]
  metadata: DetectedMetadata
  /** Things the user should know that did not stop the import (e.g. "2 pages had no text"). */
  warnings: string[]
}

/**
 * A file that cannot be imported. `reason` is a sentence for the user that
 * says what is wrong and, where possible, what to do; the pipeline adds the
 * file name.
 */
export class ImportError extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'ImportError'
  }
}

export interface ExtractContext {
  fileName: string
  limits: ImportLimits
}

export type Extractor = (bytes: Uint8Array, context: ExtractContext) => Promise<ExtractedDocument>
