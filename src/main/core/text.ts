import { createHash } from 'node:crypto'

/**
 * The one normalisation every stored text goes through: no byte-order mark,
 * LF line endings, Unicode NFC. Offsets are only meaningful after it.
 */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC')
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
