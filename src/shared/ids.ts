const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

export type IdPrefix = 'ws' | 'src' | 'clp' | 'tag' | 'drf' | 'art' | 'par' | 'view'

/**
 * Random ids ("src_k3v9x0q2m1ab"): stable once made and unlikely to collide
 * when two analysts add records to copies of one workspace under git. Web
 * Crypto exists in Node and in the renderer, so both sides make ids alike.
 */
export function newId(prefix: IdPrefix): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12))
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return `${prefix}_${id}`
}
