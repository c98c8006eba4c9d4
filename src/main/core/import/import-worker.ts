import { parentPort } from 'node:worker_threads'
import { extractDocument } from './extract-document'
import { loadPdfjs } from './extract-pdf'
import type { ExtractRequest, ExtractResponse } from './protocol'
import { ImportError } from './types'

// Parsers of untrusted files run here, off the main thread, under the
// memory limit and time budget the extraction service sets.
const port = parentPort
if (!port) throw new Error('import-worker must run as a worker thread')

// pdf.js, the largest parser, loads now rather than with the first PDF: a
// worker's memory is then what it will stay, and a PDF that follows a text
// file does not wait for it. A failure to load surfaces with the first PDF.
loadPdfjs().catch(() => undefined)

port.on('message', async (request: ExtractRequest) => {
  let response: ExtractResponse
  try {
    const document = await extractDocument(request.bytes, { fileName: request.fileName, limits: request.limits })
    response = { id: request.id, ok: true, document }
  } catch (err) {
    const reason =
      err instanceof ImportError ? err.reason : `the file could not be read (${err instanceof Error ? err.message : String(err)})`
    response = { id: request.id, ok: false, reason }
  }
  port.postMessage(response)
})
