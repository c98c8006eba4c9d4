import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { TableIndex, type IndexColumn } from './table-index'

interface Row {
  quote: string
  date: string
  tags: string[]
  type: string
}

const rows: Row[] = [
  { quote: 'States shall protect', date: '2011-10', tags: ['a', 'b'], type: 'positive' },
  { quote: 'États should refrain', date: '2011', tags: [], type: 'prohibition' },
  { quote: 'Parties may cooperate', date: '', tags: ['b'], type: '' },
  { quote: 'each State shall report', date: '2011-10-27', tags: ['c'], type: 'positive' },
]

const columns: IndexColumn<Row>[] = [
  { id: 'quote', text: (r) => r.quote, facetValues: (r) => [r.quote], global: true },
  { id: 'date', text: (r) => r.date, facetValues: (r) => [r.date], value: (r) => r.date || undefined, global: true },
  { id: 'tags', text: (r) => r.tags.join(', '), facetValues: (r) => (r.tags.length ? r.tags : ['']), global: false },
  { id: 'type', text: (r) => r.type, facetValues: (r) => [r.type], global: true },
]

const index = () => new TableIndex(rows, columns)
const sorted = <T,>(t: TableIndex<T>, ...args: Parameters<TableIndex<T>['sort']>) => Array.from(t.sort(...args))

describe('TableIndex filtering', () => {
  it('finds the global text in any global column, ignoring case', () => {
    const t = index()
    expect(t.rows(t.masks('SHALL', []))).toEqual([0, 3])
    expect(t.rows(t.masks('prohib', []))).toEqual([1])
    expect(t.rows(t.masks('', []))).toEqual([0, 1, 2, 3])
  })

  it('does not match across two cells', () => {
    const t = index()
    expect(t.rows(t.masks('protect2011', []))).toEqual([])
  })

  it('gives the same answer when a longer query builds on a cached shorter one', () => {
    const t = index()
    t.masks('s', [])
    t.masks('st', [])
    expect(t.rows(t.masks('state', []))).toEqual([0, 3])
  })

  it('finds words and phrases alike, and nothing across a word the needle only begins', () => {
    const t = index()
    expect(t.rows(t.masks('shall p', []))).toEqual([0])
    expect(t.rows(t.masks('ll pro', []))).toEqual([0])
    expect(t.rows(t.masks('11-1', []))).toEqual([0, 3])
    expect(t.rows(t.masks('tats', []))).toEqual([1])
    expect(t.rows(t.masks('shallp', []))).toEqual([])
  })

  it('indexes more distinct words than its first tables hold, however they arrive', () => {
    const word = (n: number) => `w${n.toString(36)}`
    // One cell brings thousands of new words at once, the others a few each.
    const many: Row[] = [
      { quote: Array.from({ length: 20_000 }, (_, n) => word(n)).join(' '), date: '', tags: [], type: '' },
      ...Array.from({ length: 300 }, (_, r) => ({ quote: `${word(20_000 + r)} ${word(r * 7)} shared`, date: '', tags: [], type: '' })),
    ]
    const t = new TableIndex(many, columns)
    expect(t.rows(t.masks(word(19_999), []))).toEqual([0])
    expect(t.rows(t.masks(word(20_299), []))).toEqual([300])
    expect(t.rows(t.masks(word(7 * 299), []))).toEqual([0, 300])
    expect(t.rows(t.masks('shared', []))).toHaveLength(300)
  })

  it('filters a column by text or by facet values', () => {
    const t = index()
    expect(t.rows(t.masks('', [{ id: 'quote', value: 'shall' }]))).toEqual([0, 3])
    expect(t.rows(t.masks('', [{ id: 'tags', value: ['b'] }]))).toEqual([0, 2])
    expect(t.rows(t.masks('', [{ id: 'tags', value: ['', 'c'] }]))).toEqual([1, 3])
  })

  it('combines filters and ignores unknown columns and odd values', () => {
    const t = index()
    const filters = [
      { id: 'type', value: ['positive'] },
      { id: 'tags', value: ['c'] },
      { id: 'gone', value: ['x'] },
      { id: 'quote', value: 42 },
    ]
    expect(t.rows(t.masks('', filters))).toEqual([3])
  })
})

describe('TableIndex sorting', () => {
  it('sorts partial dates chronologically with undated rows last, both ways', () => {
    const t = index()
    expect(sorted(t, [0, 1, 2, 3], [{ id: 'date', desc: false }])).toEqual([1, 0, 3, 2])
    expect(sorted(t, [0, 1, 2, 3], [{ id: 'date', desc: true }])).toEqual([3, 0, 1, 2])
  })

  it('sorts text without regard to case or accents, empty last', () => {
    const t = index()
    expect(sorted(t, [0, 1, 2, 3], [{ id: 'quote', desc: false }]).map((i) => rows[i]?.quote)).toEqual([
      'each State shall report',
      'États should refrain',
      'Parties may cooperate',
      'States shall protect',
    ])
    expect(sorted(t, [0, 1, 2, 3], [{ id: 'type', desc: false }])).toEqual([0, 3, 1, 2])
  })

  it('breaks ties by the next key, then by data order', () => {
    const t = index()
    expect(sorted(t, [3, 0, 1, 2], [{ id: 'type', desc: true }, { id: 'date', desc: true }])).toEqual([1, 3, 0, 2])
    expect(sorted(t, [3, 0], [{ id: 'type', desc: false }])).toEqual([0, 3])
  })
})

describe('TableIndex preparation', () => {
  it('says a column is prepared only once a filter or sort has used it', () => {
    const t = index()
    expect(t.prepared('', [], [])).toBe(true)
    expect(t.prepared('st', [], [])).toBe(false)
    t.masks('s', [])
    expect(t.prepared('st', [], [])).toBe(true)
    // A needle that spans words reads the texts themselves, which the first such search gathers.
    expect(t.prepared('shall p', [], [])).toBe(false)
    t.masks('shall p', [])
    expect(t.prepared('each s', [], [])).toBe(true)
    expect(t.prepared('', [{ id: 'quote', value: 'shall' }], [])).toBe(false)
    expect(t.prepared('', [{ id: 'tags', value: ['b'] }], [{ id: 'date', desc: true }])).toBe(false)
    t.masks('', [{ id: 'tags', value: ['a'] }])
    t.sort([0, 1], [{ id: 'date', desc: false }])
    expect(t.prepared('', [{ id: 'tags', value: ['b'] }, { id: 'quote', value: '' }], [{ id: 'date', desc: true }])).toBe(true)
    // A column a saved view names but the table no longer has needs nothing.
    expect(t.prepared('', [{ id: 'gone', value: 'x' }], [{ id: 'gone', desc: false }])).toBe(true)
  })
})

describe('TableIndex facet counts', () => {
  it('counts each value over the rows the other filters leave', () => {
    const t = index()
    const masks = t.masks('', [
      { id: 'type', value: ['positive'] },
      { id: 'tags', value: ['c'] },
    ])
    // Tags counts ignore the Tags filter itself but respect Type.
    expect(t.facetCounts('tags', masks)).toEqual(new Map([['a', 1], ['b', 1], ['c', 1]]))
    expect(t.facetCounts('type', masks)).toEqual(new Map([['positive', 1]]))
  })

  it('counts a multi-valued row under each of its values and "not set" when it has none', () => {
    const t = index()
    expect(t.facetCounts('tags', t.masks('', []))).toEqual(new Map([['a', 1], ['b', 2], ['', 1], ['c', 1]]))
  })
})

describe('TableIndex sorting from cached orders', () => {
  // The plain comparator sort the cached orders and ranks must agree with, row for row.
  function reference(data: Row[], subset: number[], sorting: Array<{ id: 'quote' | 'type'; desc: boolean }>): number[] {
    const key = (i: number, id: 'quote' | 'type') => (data[i] as Row)[id].normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
    return [...subset].sort((a, b) => {
      for (const { id, desc } of sorting) {
        const x = key(a, id)
        const y = key(b, id)
        if (x === y) continue
        if (x === '') return 1
        if (y === '') return -1
        return (x < y ? -1 : 1) * (desc ? -1 : 1)
      }
      return a - b
    })
  }

  it('gives the same order as a plain sort, for every subset, direction and pair of columns', () => {
    const words = ['', 'alpha', 'Alpha', 'beta', 'état', 'etat', 'zeta']
    const data: Row[] = Array.from({ length: 60 }, (_, i) => ({
      quote: words[(i * 7) % words.length] as string,
      date: '',
      tags: [],
      type: words[(i * 3) % words.length] as string,
    }))
    const t = new TableIndex(data, columns)
    const all = data.map((_, i) => i)
    const evens = all.filter((i) => i % 2 === 0)
    for (const subset of [all, evens, [59, 3, 17]]) {
      for (const desc of [false, true]) {
        expect(sorted(t, subset, [{ id: 'quote', desc }])).toEqual(reference(data, subset, [{ id: 'quote', desc }]))
        const two = [{ id: 'type' as const, desc }, { id: 'quote' as const, desc: !desc }]
        expect(sorted(t, subset, two)).toEqual(reference(data, subset, two))
      }
    }
  })
})

describe('TableIndex against plain scans and sorts', () => {
  // Few distinct characters, so that prefixes tie, needles hit and values repeat; some sort past 12 bits (CJK, Arabic).
  const char = fc.constantFrom('a', 'b', 'B', 'z', 'é', '1', ' ', '-', '中', '文', 'ك', '\u{1F600}')
  const short = fc.array(char, { maxLength: 8 }).map((cs) => cs.join(''))
  // Long shared beginnings, which the sort must settle character by character past its packed prefixes.
  const text = fc.oneof(short, short.map((t) => `Each State shall ${t}`), short.map((t) => `${'a'.repeat(30)}${t}`))
  const table = fc.array(fc.record({ quote: text, type: text }), { minLength: 1, maxLength: 40 })
  const toRows = (cells: { quote: string; type: string }[]): Row[] => cells.map((c) => ({ ...c, date: '', tags: [] }))

  it('filters as includes() does, whatever queries came before', () => {
    fc.assert(
      fc.property(table, fc.array(short, { minLength: 1, maxLength: 6 }), (cells, queries) => {
        const data = toRows(cells)
        const t = new TableIndex(data, columns)
        for (const query of queries) {
          // Each query and the prefixes typed on the way to it, so cached shorter needles are reused.
          for (let n = 1; n <= query.length; n++) {
            const needle = query.slice(0, n)
            const lower = needle.trim().toLowerCase()
            const expected = data.flatMap((r, i) =>
              !lower || [r.quote, r.date, r.type].some((v) => v.toLowerCase().includes(lower)) ? [i] : [],
            )
            expect(t.rows(t.masks(needle, []))).toEqual(expected)
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it('filters a column by its own text as includes() does', () => {
    fc.assert(
      fc.property(table, fc.array(short, { minLength: 1, maxLength: 6 }), (cells, queries) => {
        const data = toRows(cells)
        const t = new TableIndex(data, columns)
        for (const query of queries) {
          const lower = query.trim().toLowerCase()
          const expected = data.flatMap((r, i) => (!lower || r.quote.toLowerCase().includes(lower) ? [i] : []))
          expect(t.rows(t.masks('', [{ id: 'quote', value: query }]))).toEqual(expected)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('sorts as a comparison sort of the keys does, both ways, every column pair', () => {
    const key = (v: string) => v.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
    fc.assert(
      fc.property(table, fc.boolean(), (cells, desc) => {
        const data = toRows(cells)
        const t = new TableIndex(data, columns)
        const all = data.map((_, i) => i)
        const reference = (ids: ('quote' | 'type')[], dirs: boolean[]) =>
          [...all].sort((a, b) => {
            for (const [n, id] of ids.entries()) {
              const x = key((data[a] as Row)[id])
              const y = key((data[b] as Row)[id])
              if (x === y) continue
              if (x === '') return 1
              if (y === '') return -1
              return (x < y ? -1 : 1) * (dirs[n] ? -1 : 1)
            }
            return a - b
          })
        expect(sorted(t, all, [{ id: 'quote', desc }])).toEqual(reference(['quote'], [desc]))
        expect(sorted(t, all.filter((i) => i % 3 !== 1), [{ id: 'type', desc }])).toEqual(
          reference(['type'], [desc]).filter((i) => i % 3 !== 1),
        )
        const two = [{ id: 'type', desc }, { id: 'quote', desc: !desc }]
        expect(sorted(t, all, two)).toEqual(reference(['type', 'quote'], [desc, !desc]))
      }),
      { numRuns: 200 },
    )
  })
})
