import { describe, expect, it } from 'vitest'
import { toBase64 } from './base64'

describe('toBase64', () => {
  it('round-trips sizes around the chunk boundary', () => {
    for (const size of [0, 1, 2, 3, 32765, 32766, 32767, 100_000]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 31 + 7) % 256)
      const encoded = toBase64(bytes)
      expect(encoded).toMatch(/^[A-Za-z0-9+/]*={0,2}$/)
      expect(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0))).toEqual(bytes)
    }
  })
})
