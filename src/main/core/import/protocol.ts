import type { ExtractedDocument, ImportFormat, ImportLimits } from './types'

/** Main -> import worker: extract one file. */
export interface ExtractRequest {
  id: number
  fileName: string
  bytes: Uint8Array
  limits: ImportLimits
}

/** Import worker -> main: the document, or why it cannot be imported. */
export type ExtractResponse =
  | { id: number; ok: true; document: ExtractedDocument }
  | { id: number; ok: false; reason: string; format?: ImportFormat }
