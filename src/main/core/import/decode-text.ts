import { isUtf8 } from 'node:buffer'
import { ImportError } from './types'

/*
 * Decoding policy, in order:
 * 1. A byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins: it was written on purpose.
 * 2. UTF-16 without a mark is recognised by its pattern of zero bytes, before
 *    those zeros make the file look binary.
 * 3. Other NUL bytes, or many control characters, mean binary data: refused.
 * 4. Bytes that are valid UTF-8 are UTF-8, whatever an HTML page declares:
 *    pages are re-saved as UTF-8 without their <meta charset> being updated
 *    (the corpus has a "gb2312" page that is UTF-8), while legacy bytes that
 *    happen to be valid UTF-8 are vanishingly rare beyond plain ASCII.
 * 5. Otherwise an HTML page's declared charset (<meta charset>, http-equiv,
 *    XML declaration) is used; Node's ICU knows windows-1251, gb18030, shift_jis...
 * 6. Otherwise, when every non-ASCII byte stands alone between ASCII (accented
 *    letters in Western European text), windows-1252 is assumed with a warning:
 *    multi-byte legacy encodings and non-Latin single-byte ones produce runs of
 *    high bytes and are not guessed at.
 * 7. Otherwise the file is refused with a reason the user can act on.
 */

export interface DecodedText {
  /** The decoded text, BOM removed; not yet normalised. */
  text: string
  /** WHATWG name of the encoding used, e.g. "utf-8", "windows-1251". */
  encoding: string
  warnings: string[]
}

const SNIFF_BYTES = 4096
const SAMPLE_CHARS = 65_536
const MAX_CONTROL_RATIO = 0.01

/** Turns a file's bytes into text following the policy above; throws ImportError when it cannot. */
export function decodeText(bytes: Uint8Array, options: { html?: boolean } = {}): DecodedText {
  const bomEncoding = encodingFromBom(bytes) ?? utf16WithoutBom(bytes)
  if (bomEncoding) return checked(decodeStrict(bytes, bomEncoding), bomEncoding, [])
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new ImportError(`binary data, not text: it contains a NUL byte at offset ${nul}; is it a program, an image or an archive?`)
  }

  const declared = options.html ? declaredCharset(bytes) : undefined
  if (isUtf8(bytes)) {
    const warnings =
      declared && declared !== 'utf-8' && !isAscii(bytes)
        ? [`the page declares the encoding "${declared}" but its bytes are UTF-8; it was read as UTF-8`]
        : []
    return checked(new TextDecoder('utf-8').decode(bytes), 'utf-8', warnings)
  }
  if (declared && declared !== 'utf-8') {
    const text = new TextDecoder(declared).decode(bytes)
    const bad = countReplacements(text)
    const warnings = bad > 0 ? [`${bad} byte sequences are not valid ${declared} and were replaced with "\uFFFD"`] : []
    return checked(text, declared, warnings)
  }
  if (looksLikeWindows1252(bytes)) {
    return checked(new TextDecoder('windows-1252').decode(bytes), 'windows-1252', [
      'the file is not UTF-8 and declares no encoding; it was read as Western European (windows-1252): check accented letters',
    ])
  }
  const where = `first bad byte at offset ${firstInvalidUtf8Offset(bytes)}`
  throw new ImportError(
    declared === 'utf-8'
      ? `the page declares UTF-8 but is not valid UTF-8 (${where}); save it as UTF-8 and import it again`
      : `the file is not valid UTF-8 (${where}) and declares no encoding; save it as UTF-8 and import it again`,
  )
}

function encodingFromBom(bytes: Uint8Array): string | undefined {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8'
  if (a === 0xff && b === 0xfe) return 'utf-16le'
  if (a === 0xfe && b === 0xff) return 'utf-16be'
  return undefined
}

// Text in UTF-16 has a zero in every other byte for Latin script; binary data
// has zeros scattered at both parities.
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1
  if (n < 16) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  if (oddZeros > 0.4 * pairs && evenZeros === 0) return 'utf-16le'
  if (evenZeros > 0.4 * pairs && oddZeros === 0) return 'utf-16be'
  return undefined
}

function decodeStrict(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    throw new ImportError(`the file starts like ${encoding.toUpperCase()} text but is not valid ${encoding.toUpperCase()}; is it damaged?`)
  }
}

/**
 * A lenient decoding of a file's first bytes, for telling formats apart;
 * undefined when they are binary data rather than text in any encoding.
 */
export function sniffText(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, SAMPLE_CHARS)
  const encoding = encodingFromBom(sample) ?? utf16WithoutBom(sample) ?? 'utf-8'
  if (encoding === 'utf-8' && sample.includes(0)) return undefined
  const text = new TextDecoder(encoding).decode(sample)
  return binaryReason(text) === undefined ? text : undefined
}

function binaryReason(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE_CHARS)
  // eslint-disable-next-line no-control-regex -- control characters are what binary data is told by
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0
  if (sample.includes('\u0000') || controls > MAX_CONTROL_RATIO * sample.length) {
    return `binary data, not text: ${controls} control characters in the first ${sample.length} characters`
  }
  return undefined
}

function checked(text: string, encoding: string, warnings: string[]): DecodedText {
  const reason = binaryReason(text)
  if (reason) throw new ImportError(reason)
  return { text, encoding, warnings }
}

/** The charset an HTML page declares in its first bytes, as a WHATWG encoding name. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES))
  const m =
    /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml\s[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head)
  const label = m?.[1]
  if (!label) return undefined
  try {
    return new TextDecoder(label).encoding
  } catch {
    throw new ImportError(`the page declares the encoding "${label}", which Clausewright does not know; save it as UTF-8 and import it again`)
  }
}

function isAscii(bytes: Uint8Array): boolean {
  return bytes.every((b) => b < 0x80)
}

function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] ?? 0) < 0x80) continue
    high++
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) return false
  }
  return high > 0
}

function countReplacements(text: string): number {
  return text.match(/\uFFFD/g)?.length ?? 0
}

// TextDecoder puts one U+FFFD per invalid sequence and valid text re-encodes
// to the same bytes, so the byte length of the text before the first U+FFFD
// that was not itself in the file (EF BF BD) is the offset of the bad byte.
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes)
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    const offset = Buffer.byteLength(text.slice(0, i), 'utf8')
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset
  }
  return -1
}
