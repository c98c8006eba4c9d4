import type { ImportResult } from '../../../../shared/api'
import { call } from '../../lib/api'
import { toBase64 } from '../../lib/base64'
import { toErrorData } from '../../lib/errors'
import type { ImportItem } from './collect-files'

/*
 * The window holds the file and its base64 copy at once; above this the tab
 * risks running out of memory. The core applies the workspace's own, smaller
 * limit and explains it.
 */
const WINDOW_LIMIT_BYTES = 1024 ** 3

/** Reads one file and hands it to the core; any failure becomes a result, never an exception. */
export async function importOne({ name, file }: ImportItem): Promise<ImportResult> {
  if (file.size > WINDOW_LIMIT_BYTES) {
    return { name, status: 'failed', reason: `the file is ${(file.size / 1024 ** 3).toFixed(1)} GB, too large to read in the window` }
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
