/*
 * A multiple of 3, so that each chunk encodes to whole base64 groups and the
 * pieces can simply be joined; ~32 KB keeps fromCharCode's argument list far
 * below the engine's limit.
 */
const CHUNK = 32766

/** Encodes bytes as base64 without building one huge intermediate string. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const chunk = bytes.subarray(i, i + CHUNK)
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])))
  }
  return parts.join('')
}
