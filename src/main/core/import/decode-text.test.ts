import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeText, sniffText } from './decode-text'
import { ImportError } from './types'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const bytes = (...parts: Array<number[] | Uint8Array>): Uint8Array => Uint8Array.from(parts.flatMap((p) => Array.from(p)))
const utf16 = (text: string, endian: 'le' | 'be'): number[] =>
  Array.from(text).flatMap((ch) => {
    const code = ch.charCodeAt(0)
    return endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
  })

function reasonOf(run: () => unknown): string {
  try {
    run()
  } catch (err) {
    if (err instanceof ImportError) return err.reason
    throw err
  }
  throw new Error('expected an ImportError')
}

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM, and drops the BOM', () => {
    expect(decodeText(utf8('Géry — “treaty”')).text).toBe('Géry — “treaty”')
    const withBom = decodeText(bytes([0xef, 0xbb, 0xbf], utf8('Géry')))
    expect(withBom).toEqual({ text: 'Géry', encoding: 'utf-8', warnings: [] })
  })

  it('reads UTF-16 by its byte-order mark, and without one by its zero bytes', () => {
    expect(decodeText(bytes([0xff, 0xfe], utf16('Traité de Budapest', 'le'))).text).toBe('Traité de Budapest')
    expect(decodeText(bytes([0xfe, 0xff], utf16('Договор', 'be'))).text).toBe('Договор')
    const noBom = decodeText(Uint8Array.from(utf16('Convention on Cybercrime', 'le')))
    expect(noBom).toMatchObject({ text: 'Convention on Cybercrime', encoding: 'utf-16le' })
  })

  it('prefers valid UTF-8 over a wrong declared charset, and says so', () => {
    const page = utf8('<html><head><meta charset="gb2312"></head><body>人工智能</body></html>')
    const decoded = decodeText(page, { html: true })
    expect(decoded.text).toContain('人工智能')
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.warnings[0]).toMatch(/declares the encoding "gbk" but its bytes are UTF-8/)
  })

  it('uses the declared charset of a page that is not UTF-8', () => {
    const cp1251 = [0xc4, 0xee, 0xe3, 0xee, 0xe2, 0xee, 0xf0] // "Договор"
    const head = utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>')
    const decoded = decodeText(bytes(head, cp1251), { html: true })
    expect(decoded.encoding).toBe('windows-1251')
    expect(decoded.text).toContain('Договор')
    const shiftJis = bytes(utf8('<?xml version="1.0" encoding="Shift_JIS"?><p>'), [0x93, 0xfa, 0x96, 0x7b])
    expect(decodeText(shiftJis, { html: true }).text).toContain('日本')
  })

  it('assumes windows-1252 for Western text with lone accented bytes, with a warning', () => {
    const decoded = decodeText(bytes(utf8('Trait'), [0xe9], utf8(' de Budapest, r'), [0xe9], utf8('sum'), [0xe9]))
    expect(decoded.text).toBe('Traité de Budapest, résumé')
    expect(decoded.warnings[0]).toMatch(/windows-1252/)
  })

  it('refuses legacy text it cannot identify, naming the first bad byte', () => {
    const cp1251 = bytes(utf8('Title: '), [0xc4, 0xee, 0xe3, 0xee, 0xe2, 0xee, 0xf0])
    expect(reasonOf(() => decodeText(cp1251))).toBe(
      'the file is not valid UTF-8 (first bad byte at offset 7) and declares no encoding; save it as UTF-8 and import it again',
    )
  })

  it('says so when a page declaring UTF-8 is not UTF-8', () => {
    const page = bytes(utf8('<meta charset="utf-8"><p>'), [0xc4, 0xee, 0xe3])
    expect(reasonOf(() => decodeText(page, { html: true }))).toMatch(/^the page declares UTF-8 but is not valid UTF-8 \(first bad byte at offset 25\)/)
  })

  it('counts a genuine U+FFFD in the file when locating the bad byte', () => {
    const input = bytes(utf8('a\uFFFDb'), [0xc4, 0xee, 0xe3])
    expect(reasonOf(() => decodeText(input))).toMatch(/first bad byte at offset 5\)/)
  })

  it('refuses binary data', () => {
    expect(reasonOf(() => decodeText(bytes([0x89], utf8('PNG\r\n'), [0x1a, 0x0a, 0, 0, 0, 0x0d])))).toMatch(/^binary data, not text: it contains a NUL byte at offset 8/)
    const controls = bytes(...Array.from({ length: 50 }, () => utf8('ab\u0001\u0002')))
    expect(reasonOf(() => decodeText(controls))).toMatch(/^binary data, not text: 100 control characters/)
  })

  it('refuses an unknown declared encoding', () => {
    const page = bytes(utf8('<meta charset="klingon-8">'), [0xff, 0xfe, 0xfd])
    expect(reasonOf(() => decodeText(page, { html: true }))).toMatch(/declares the encoding "klingon-8", which Clausewright does not know/)
  })

  it('throws nothing but ImportError, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (input, html) => {
        try {
          expect(typeof decodeText(input, { html }).text).toBe('string')
        } catch (err) {
          expect(err).toBeInstanceOf(ImportError)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('gives back any Unicode text encoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        // eslint-disable-next-line no-control-regex -- text with control characters is refused as binary, tested above
        fc.pre(!/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/.test(text))
        expect(decodeText(utf8(text)).text).toBe(text.replace(/^\uFEFF/, ''))
      }),
    )
  })
})

describe('sniffText', () => {
  it('decodes the start of text leniently and recognises binary data', () => {
    expect(sniffText(bytes(utf8('<html>'), [0xe9]))).toBe('<html>\uFFFD')
    expect(sniffText(bytes(utf8('%!'), [0, 1, 2, 3]))).toBeUndefined()
  })
})
