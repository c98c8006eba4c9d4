import { createInflateRaw, inflateRawSync } from 'node:zlib'
import { ImportError } from './types'
import type { ZipEntry } from './zip-inspect'

const damagedEntry = (entry: ZipEntry): ImportError =>
  new ImportError(`the DOCX file is damaged (the part "${entry.name}" cannot be unzipped)`)

/**
 * Inflates one entry, refusing it unread when it declares more than maxBytes
 * and failing when its data inflates to more than it declared.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.uncompressedSize > maxBytes) {
    throw new ImportError(`the DOCX part "${entry.name}" is too large (${entry.uncompressedSize} bytes; the limit is ${maxBytes})`)
  }
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  if (entry.method === 0) return Buffer.from(data)
  try {
    // One byte of slack so that a lying entry fails here instead of being silently cut.
    const out = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 })
    if (out.length !== entry.uncompressedSize) throw damagedEntry(entry)
    return out
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw damagedEntry(entry)
  }
}

/** Inflates into nothing, counting bytes, and stops as soon as the count passes `limit`. */
function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw()
    let size = 0
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        inflater.destroy()
        resolve(size)
      }
    })
    inflater.on('end', () => resolve(size))
    inflater.on('error', reject)
    inflater.end(data)
  })
}

/**
 * Declared sizes are the archive's word only: a deflate stream can expand
 * ~1000-fold whatever the header says. This checks, with bounded memory, that
 * no entry inflates to more than it declared, before a zip library that
 * trusts the data (mammoth's JSZip) sees the file.
 */
export async function assertInflatedSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    if (entry.method !== 8) continue
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
    const size = await inflatedSize(data, entry.uncompressedSize).catch(() => {
      throw damagedEntry(entry)
    })
    if (size > entry.uncompressedSize) {
      throw new ImportError(
        `the DOCX file looks like a zip bomb: "${entry.name}" inflates to more than the ${entry.uncompressedSize} bytes it declares`,
      )
    }
  }
}
