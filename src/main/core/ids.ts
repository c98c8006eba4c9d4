import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/**
 * Random ids ("src_k3v9x0q2m1ab"): stable once made and unlikely to collide
 * when two analysts add records to copies of one workspace under git.
 */
export function newId(prefix: 'ws' | 'src' | 'clp' | 'tag' | 'drf' | 'art' | 'par' | 'view'): string {
  const bytes = randomBytes(12)
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return `${prefix}_${id}`
}
