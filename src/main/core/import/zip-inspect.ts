import { ImportError, type ImportLimits } from './types'

/** One file of a zip archive as its central directory declares it. */
export interface ZipEntry {
  name: string
  /** 0 = stored, 8 = deflated; anything else is refused by assertSafeZip. */
  method: number
  compressedSize: number
  /** What the archive claims; a hostile archive may lie (see assertInflatedSizes). */
  uncompressedSize: number
  /** Where the entry's local header starts. */
  headerOffset: number
  /** Where the entry's data starts, after its local header. */
  dataOffset: number
  encrypted: boolean
}

export const MAX_ZIP_ENTRIES = 10_000
/** Below this size an entry cannot hurt, whatever its ratio: tiny XML parts often compress 300:1. */
const RATIO_FLOOR_BYTES = 1024 * 1024

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const EOCD_SIZE = 22
const CENTRAL_SIZE = 46
const LOCAL_SIZE = 30

const damaged = (detail: string): ImportError =>
  new ImportError(`the DOCX file is damaged (not a valid zip archive: ${detail})`)

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** The End Of Central Directory record sits in the last 64 KiB + 22 bytes; search backwards. */
function findEocd(bytes: Uint8Array, dv: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - 0xffff)
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (dv.getUint32(at, true) === EOCD_SIGNATURE) return at
  }
  throw damaged('no end-of-archive record')
}

/**
 * Reads the central directory without inflating anything. Throws ImportError
 * for a malformed archive, Zip64, multi-disk archives and too many entries.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  return readDirectory(bytes).entries
}

function readDirectory(bytes: Uint8Array): { entries: ZipEntry[]; cdOffset: number } {
  if (bytes.length < EOCD_SIZE) throw damaged('the file is too short')
  const dv = view(bytes)
  const eocd = findEocd(bytes, dv)
  if (eocd >= 20 && dv.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
    throw new ImportError('the DOCX file uses the Zip64 format, which is not supported; save it again from Word')
  }
  const count = dv.getUint16(eocd + 10, true)
  const cdSize = dv.getUint32(eocd + 12, true)
  const cdOffset = dv.getUint32(eocd + 16, true)
  if (dv.getUint16(eocd + 4, true) !== 0 || dv.getUint16(eocd + 8, true) !== count) {
    throw damaged('split across several disks')
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw new ImportError(`the DOCX file holds too many parts (${count}; the limit is ${MAX_ZIP_ENTRIES})`)
  }
  if (cdOffset + cdSize > eocd) throw damaged('the directory points outside the file')

  const entries: ZipEntry[] = []
  let at = cdOffset
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > cdOffset + cdSize || dv.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw damaged('a directory record is broken')
    }
    const flags = dv.getUint16(at + 8, true)
    const nameLength = dv.getUint16(at + 28, true)
    const recordEnd = at + CENTRAL_SIZE + nameLength + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true)
    if (recordEnd > cdOffset + cdSize) throw damaged('a directory record is broken')
    const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength)
    // Bit 11: the name is UTF-8; otherwise it is CP437, which agrees with latin1 on the ASCII names we look for.
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes)
    const local = dv.getUint32(at + 42, true)
    entries.push({
      name,
      method: dv.getUint16(at + 10, true),
      compressedSize: dv.getUint32(at + 20, true),
      uncompressedSize: dv.getUint32(at + 24, true),
      headerOffset: local,
      dataOffset: localDataOffset(dv, local, cdOffset),
      encrypted: (flags & 1) === 1,
    })
    at = recordEnd
  }
  return { entries, cdOffset }
}

function localDataOffset(dv: DataView, local: number, cdOffset: number): number {
  if (local + LOCAL_SIZE > cdOffset || dv.getUint32(local, true) !== LOCAL_SIGNATURE) {
    throw damaged('an entry points outside the file')
  }
  return local + LOCAL_SIZE + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true)
}

/** The names of a zip's entries, or null when the bytes are not a readable zip. */
export function listZipEntryNames(bytes: Uint8Array): string[] | null {
  try {
    return listZipEntries(bytes).map((entry) => entry.name)
  } catch (error) {
    if (error instanceof ImportError) return null
    throw error
  }
}

const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`

/**
 * Refuses a zip bomb before anything is inflated: too large a declared total,
 * too high a ratio on a large entry, overlapping entries (the "non-recursive
 * zip bomb" trick), entries outside the file, encryption or unknown methods.
 * Returns the entries so callers need not read the directory twice.
 */
export function assertSafeZip(bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
  const { entries, cdOffset } = readDirectory(bytes)
  let total = 0
  for (const entry of entries) {
    if (entry.encrypted) throw new ImportError('the DOCX file is encrypted; remove the password and import it again')
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ImportError(`the DOCX file uses an unsupported compression method (${entry.method}); save it again from Word`)
    }
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) throw damaged(`"${entry.name}" has inconsistent sizes`)
    if (entry.dataOffset + entry.compressedSize > cdOffset) throw damaged(`"${entry.name}" points outside the file`)
    total += entry.uncompressedSize
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
      throw new ImportError(
        `the DOCX file looks like a zip bomb: "${entry.name}" declares ${mb(entry.uncompressedSize)} from ${entry.compressedSize} bytes (ratio ${Math.round(ratio)}; the limit is ${limits.maxCompressionRatio})`,
      )
    }
  }
  if (total > limits.maxUnzippedBytes) {
    throw new ImportError(
      `the DOCX file is too large once unzipped: it declares ${mb(total)} (the limit is ${mb(limits.maxUnzippedBytes)})`,
    )
  }
  const sorted = [...entries].sort((a, b) => a.headerOffset - b.headerOffset)
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!
    if (previous.dataOffset + previous.compressedSize > sorted[i]!.headerOffset) {
      throw new ImportError('the DOCX file looks like a zip bomb: its entries overlap')
    }
  }
  return entries
}
