import { describe, expect, it } from 'vitest'
import { csvCell, csvFileName, toCsv } from './csv'
import { parseCsv } from './testing/parse-csv'

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('States should protect')).toBe('States should protect')
    expect(csvCell('')).toBe('')
  })

  it('quotes commas and line breaks and doubles quotes', () => {
    expect(csvCell('shall, where feasible')).toBe('"shall, where feasible"')
    expect(csvCell('the "core" of it')).toBe('"the ""core"" of it"')
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"')
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"')
  })

  it('turns what a spreadsheet would run as a formula into text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2')).toBe("'-2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\t=1')).toBe("'\t=1")
    expect(csvCell('a=b')).toBe('a=b')
  })

  it('keeps accents and scripts as they are', () => {
    expect(csvCell('Convention de Malabo — État partie')).toBe('Convention de Malabo — État partie')
    expect(csvCell('الدول الأطراف')).toBe('الدول الأطراف')
  })
})

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    const csv = toCsv(['Quote', 'Type'], [['States shall, in good faith', 'Positive obligation'], ['x', '']])
    expect(csv).toBe('\uFEFFQuote,Type\r\n"States shall, in good faith",Positive obligation\r\nx,\r\n')
  })

  it('writes only the header for no rows', () => {
    expect(toCsv(['A'], [])).toBe('\uFEFFA\r\n')
  })

  it('parses back to the same cells (round trip through a minimal RFC 4180 reader)', () => {
    const rows = [['a,b', 'say "hi"', 'line\nbreak', 'é', '']]
    const parsed = parseCsv(toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows).slice(1))
    expect(parsed).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], ...rows])
  })
})

describe('csvFileName', () => {
  it('names the file by the local date', () => {
    expect(csvFileName('clippings', new Date(2025, 2, 9, 23, 30))).toBe('clausewright-clippings-2025-03-09.csv')
  })
})
