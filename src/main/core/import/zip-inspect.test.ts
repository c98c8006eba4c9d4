import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeZip } from './fixtures/make-zip'
import { DEFAULT_LIMITS, ImportError } from './types'
import { assertSafeZip, listZipEntries, listZipEntryNames } from './zip-inspect'

const MB = 1024 * 1024

function reasonOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof ImportError) return error.reason
    throw error
  }
  throw new Error('expected an ImportError')
}

describe('listZipEntries', () => {
  it('reads names, methods and sizes from the central directory', () => {
    const zip = makeZip([
      { name: 'word/document.xml', data: 'x'.repeat(1000) },
      { name: 'docProps/core.xml', data: 'abc', method: 0 },
      { name: 'données/é.xml', data: 'é' },
    ])
    const entries = listZipEntries(zip)
    expect(entries.map((entry) => [entry.name, entry.method, entry.uncompressedSize])).toEqual([
      ['word/document.xml', 8, 1000],
      ['docProps/core.xml', 0, 3],
      ['données/é.xml', 8, 2],
    ])
    expect(entries[0]!.compressedSize).toBeLessThan(50)
    expect(listZipEntryNames(zip)).toContain('word/document.xml')
  })

  it('returns null names for bytes that are not a zip', () => {
    expect(listZipEntryNames(new TextEncoder().encode('%PDF-1.7 not a zip'))).toBeNull()
    expect(listZipEntryNames(new Uint8Array(0))).toBeNull()
  })

  it('refuses truncated archives and Zip64 with a readable reason', () => {
    const zip = makeZip([{ name: 'a.xml', data: 'hello' }])
    expect(reasonOf(() => listZipEntries(zip.subarray(0, zip.length - 30)))).toMatch(/^the DOCX file is damaged \(not a valid zip archive/)
    const zip64 = new Uint8Array(zip.length + 20)
    zip64.set(zip.subarray(0, zip.length - 22))
    new DataView(zip64.buffer).setUint32(zip.length - 22, 0x07064b50, true)
    zip64.set(zip.subarray(zip.length - 22), zip.length - 2)
    expect(reasonOf(() => listZipEntries(zip64))).toMatch(/Zip64/)
  })

  it('only ever throws ImportError on arbitrary or corrupted bytes', () => {
    const zip = makeZip([{ name: 'word/document.xml', data: 'hello world' }])
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), fc.nat(255), (noise, at, value) => {
        const corrupted = zip.slice()
        corrupted[at % corrupted.length] = value
        for (const bytes of [noise, corrupted]) {
          try {
            listZipEntries(bytes)
          } catch (error) {
            expect(error).toBeInstanceOf(ImportError)
          }
        }
      }),
    )
  })
})

describe('assertSafeZip', () => {
  it('accepts an ordinary archive', () => {
    expect(assertSafeZip(makeZip([{ name: 'word/document.xml', data: '<w:document/>' }]), DEFAULT_LIMITS)).toHaveLength(1)
  })

  it('refuses an entry declaring gigabytes, naming the size and the limit, without inflating', () => {
    const zip = makeZip([{ name: 'word/document.xml', data: 'tiny', declaredSize: 3 * 1024 * MB }])
    expect(reasonOf(() => assertSafeZip(zip, DEFAULT_LIMITS))).toBe(
      'the DOCX file looks like a zip bomb: "word/document.xml" declares 3072 MB from 6 bytes (ratio 536870912; the limit is 200)',
    )
  })

  it('refuses a highly compressible entry (5 MB of zeros) by its ratio', () => {
    const zip = makeZip([{ name: 'word/document.xml', data: new Uint8Array(5 * MB) }])
    expect(zip.length).toBeLessThan(10_000)
    expect(reasonOf(() => assertSafeZip(zip, DEFAULT_LIMITS))).toMatch(/zip bomb: "word\/document.xml" declares 5 MB .* the limit is 200\)$/)
  })

  it('refuses a total declared size over the limit even when each ratio is modest', () => {
    const zip = makeZip(
      [1, 2, 3].map((n) => ({ name: `word/media/${n}.bin`, data: '', rawData: randomBytes(MB), declaredSize: 120 * MB })),
    )
    expect(reasonOf(() => assertSafeZip(zip, DEFAULT_LIMITS))).toBe(
      'the DOCX file is too large once unzipped: it declares 360 MB (the limit is 300 MB)',
    )
  })

  it('refuses overlapping entries (the non-recursive zip bomb)', () => {
    const zip = makeZip([
      { name: 'a.xml', data: 'aaaa' },
      { name: 'b.xml', data: 'bbbb' },
    ])
    const view = new DataView(zip.buffer)
    const secondRecord = zip.length - 22 - (46 + 'b.xml'.length)
    expect(view.getUint32(secondRecord, true)).toBe(0x02014b50)
    view.setUint32(secondRecord + 42, 0, true)
    expect(reasonOf(() => assertSafeZip(zip, DEFAULT_LIMITS))).toBe('the DOCX file looks like a zip bomb: its entries overlap')
  })

  it('refuses too many entries', () => {
    const zip = makeZip(Array.from({ length: 10_001 }, (_, n) => ({ name: `${n}`, data: '', method: 0 as const })))
    expect(reasonOf(() => assertSafeZip(zip, DEFAULT_LIMITS))).toBe('the DOCX file holds too many parts (10001; the limit is 10000)')
  })
})
