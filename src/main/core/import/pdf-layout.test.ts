import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { looksGarbled } from './garbled-text'
import { pageText, type PdfTextItem } from './pdf-layout'

function item(str: string, x: number, y: number, options: Partial<PdfTextItem> & { size?: number } = {}): PdfTextItem {
  const size = options.size ?? 10
  return { str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size, dir: 'ltr', hasEOL: false, ...options }
}

describe('pageText', () => {
  it('joins wrapped lines into paragraphs and splits on wider gaps', () => {
    const items = [item('one two', 50, 700), item('three', 50, 688), item('four', 50, 660), item('five', 50, 648)]
    expect(pageText(items)).toBe('one two three\n\nfour five')
  })

  it('follows pdf.js line ends, and splits on size changes and bullets', () => {
    const items = [
      item('Title', 50, 700, { size: 20, hasEOL: true }),
      item('Body text', 50, 676),
      item('', 50, 664, { hasEOL: true }),
      item('• first point', 50, 664),
      item('• second point', 50, 652),
    ]
    expect(pageText(items)).toBe('Title\n\nBody text\n\n• first point\n\n• second point')
  })

  it('drops soft hyphens at line ends, keeps hard ones, and joins CJK lines without a space', () => {
    expect(pageText([item('inter\u00AD', 50, 700), item('national law', 50, 688)])).toBe('international law')
    expect(pageText([item('state-', 50, 700), item('sponsored', 50, 688)])).toBe('state-sponsored')
    expect(pageText([item('缔约方应当', 50, 700), item('合作。', 50, 688)])).toBe('缔约方应当合作。')
  })

  it('adds a space at a visible gap, and turns control characters into spaces', () => {
    expect(pageText([item('Article', 50, 700), item('5', 100, 700)])).toBe('Article 5')
    expect(pageText([item('a\u0003b', 50, 700)])).toBe('a b')
  })

  it('puts right-to-left items in reading order, keeping left-to-right runs intact', () => {
    const rtl = { dir: 'rtl' }
    // Visual order, left to right: "القانون" "2023" "الدولي" → logical: الدولي 2023 القانون
    const items = [item('القانون', 50, 700, rtl), item(' ', 90, 700), item('2023', 95, 700), item(' ', 115, 700), item('الدولي', 120, 700, rtl)]
    expect(pageText(items)).toBe('الدولي 2023 القانون')
  })

  it('never throws, whatever the items', () => {
    const arbitraryItem = fc.record({
      str: fc.string({ maxLength: 8 }),
      transform: fc.array(fc.double({ noNaN: false }), { minLength: 0, maxLength: 6 }),
      width: fc.double(),
      height: fc.double(),
      dir: fc.constantFrom('ltr', 'rtl', 'ttb'),
      hasEOL: fc.boolean(),
    })
    fc.assert(fc.property(fc.array(arbitraryItem, { maxLength: 40 }), (items) => typeof pageText(items) === 'string'))
  })
})

describe('looksGarbled', () => {
  it('accepts sound text in several scripts and flags wrong-map text', () => {
    expect(looksGarbled('International law applies in cyberspace. '.repeat(5))).toBe(false)
    expect(looksGarbled('Международное право применяется в киберпространстве. '.repeat(5))).toBe(false)
    expect(looksGarbled('国际法适用于网络空间，各国应当合作。'.repeat(10))).toBe(false)
    expect(looksGarbled('ينطبق القانون الدولي على الفضاء الإلكتروني '.repeat(5))).toBe(false)
    expect(looksGarbled('ɋɈȽɅȺɒȿɇɂȿ\u0003ɇȺ\u0003ȻȺɁȿ\u0003ɄɈɇȼȿɇɐɂɂ '.repeat(5))).toBe(true)
    expect(looksGarbled('\uE001\uE002\uE003 abc '.repeat(20))).toBe(true)
    expect(looksGarbled('%%% ### ... 123 456 --- +++ '.repeat(5))).toBe(true)
    expect(looksGarbled('too short')).toBe(false)
  })
})
