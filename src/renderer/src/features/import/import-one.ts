import type { ImportResult } from '../../../../shared/api'
import { overImportLimitReason } from '../../../../shared/import-limit'
import { call } from '../../lib/api'
import { toBase64 } from '../../lib/base64'
import { toErrorData } from '../../lib/errors'
import type { ImportItem } from './collect-files'

/*
 * The window holds the file and its base64 copy at once, and the copy must
 * fit in one JavaScript string (V8: 2^29 - 24 characters), so no file over
 * this can be handed over whatever the workspace allows.
 */
const WINDOW_LIMIT_BYTES = Math.floor((2 ** 29 - 24) / 4) * 3

/** The workspace's import limit in bytes; a file over it is refused before the window reads a byte of it. */
async function workspaceLimitBytes(): Promise<number> {
  try {
    return (await call('workspace.info', {})).importSizeLimitMb * 1024 * 1024
  } catch {
    // Without the limit, the core still applies it after the file has been handed over.
    return Infinity
  }
}

/** Reads one file and hands it to the core; any failure becomes a result, never an exception. */
export async function importOne({ name, file }: ImportItem): Promise<ImportResult> {
  const limit = await workspaceLimitBytes()
  if (file.size > limit) {
    return { name, status: 'failed', reason: overImportLimitReason(file.size, limit / 1024 / 1024) }
  }
  if (file.size > WINDOW_LIMIT_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0)
    return { name, status: 'failed', reason: `the file is ${mb(file.size)} MB, too large to read in the window (at most ${mb(WINDOW_LIMIT_BYTES)} MB)` }
  }
  let data: string
  try {
    data = toBase64(new Uint8Array(await file.arrayBuffer()))
  } catch (err) {
    return { name, status: 'failed', reason: `the file could not be read (${toErrorData(err).message})` }
  }
  try {
    return await call('sources.importFile', { name, data })
  } catch (err) {
    const error = toErrorData(err)
    return { name, status: 'failed', reason: error.hint ? `${error.message} ${error.hint}` : error.message }
  }
}
