import { describe, expect, it } from 'vitest'
import { computeCoverage, facetTags, NONE, shadeLevel, type CoverageClipping } from './coverage'
import type { Tag } from './model'

const tag = (id: string, name: string, parentId: string | null, facet?: Tag['facet']): Tag => ({
  id,
  name,
  parentId,
  colour: '#336699',
  description: '',
  ...(facet ? { facet } : {}),
})

const tags: Tag[] = [
  tag('tag_types', 'Obligation type', null, 'type'),
  tag('tag_prohib', 'Prohibition', 'tag_types'),
  tag('tag_positive', 'Positive obligation', 'tag_types'),
  tag('tag_instr', 'Instrument', null, 'instrument'),
  tag('tag_gge', 'UN GGE 2015 report', 'tag_instr'),
  tag('tag_13g', 'GGE norm 13(g)', 'tag_gge'),
  tag('tag_budapest', 'Budapest Convention', 'tag_instr'),
  tag('tag_unused', 'Malabo Convention', 'tag_instr'),
  tag('tag_sector', 'Sector', null, 'sector'),
  tag('tag_energy', 'Energy', 'tag_sector'),
]

function clip(type: string | null, instrument: string | null, source = 'src_a'): CoverageClipping {
  const titles: Record<string, [string, string]> = { src_a: ['Op-ed', '2021-05'], src_b: ['GGE report', '2015'], src_c: ['Note', ''] }
  const [sourceTitle, sourceDate] = titles[source] ?? ['?', '']
  return { sourceId: source, sourceTitle, sourceDate, obligation: { type, instrument } }
}

describe('facetTags', () => {
  it('lists the subtree of the facet root depth first', () => {
    expect(facetTags(tags, 'instrument').map((t) => t.id)).toEqual(['tag_gge', 'tag_13g', 'tag_budapest', 'tag_unused'])
  })
})

describe('computeCoverage', () => {
  const clippings = [
    clip('tag_positive', 'tag_13g'),
    clip('tag_positive', 'tag_13g', 'src_b'),
    clip('tag_prohib', 'tag_budapest'),
    clip(null, 'tag_gge'),
    { sourceId: 'src_c', sourceTitle: 'Note', sourceDate: '' },
  ]

  it('counts each clipping in the cell of its type and instrument', () => {
    const c = computeCoverage(clippings, tags, 'instrument')
    expect(c.rows.map((r) => r.label)).toEqual(['Prohibition', 'Positive obligation', '(no type)'])
    expect(c.columns.map((col) => col.label)).toEqual(['UN GGE 2015 report', 'GGE norm 13(g)', 'Budapest Convention', '(no instrument)'])
    expect(c.counts).toEqual([
      [0, 0, 1, 0],
      [0, 2, 0, 0],
      [1, 0, 0, 1],
    ])
    expect(c.total).toBe(5)
    expect(c.max).toBe(2)
  })

  it('keeps every type as a row, shows only used columns, and totals both ways', () => {
    const c = computeCoverage([clip('tag_positive', 'tag_13g')], tags, 'instrument')
    expect(c.rows.map((r) => [r.key, r.total])).toEqual([
      ['tag_prohib', 0],
      ['tag_positive', 1],
    ])
    expect(c.columns.map((col) => [col.key, col.total, col.group])).toEqual([['tag_13g', 1, 'UN GGE 2015 report']])
  })

  it('names a child instrument by its group and a top-level one by none', () => {
    const c = computeCoverage(clippings, tags, 'instrument')
    expect(c.columns.map((col) => col.group)).toEqual([null, 'UN GGE 2015 report', null, null])
  })

  it('reads an id the codebook no longer has as not set', () => {
    const c = computeCoverage([clip('tag_gone', 'tag_gone2')], tags, 'instrument')
    expect(c.rows.at(-1)).toMatchObject({ key: NONE, total: 1 })
    expect(c.columns).toEqual([{ key: NONE, label: '(no instrument)', group: null, total: 1 }])
  })

  it('spreads sources chronologically, undated last', () => {
    const c = computeCoverage(clippings, tags, 'source')
    expect(c.columns.map((col) => [col.label, col.total])).toEqual([
      ['GGE report', 1],
      ['Op-ed', 3],
      ['Note', 1],
    ])
  })

  it('handles an empty workspace', () => {
    const c = computeCoverage([], [], 'instrument')
    expect(c).toEqual({ rows: [], columns: [], counts: [], total: 0, max: 0 })
  })
})

describe('shadeLevel', () => {
  it('is 0 for empty cells and the top level for the largest', () => {
    expect(shadeLevel(0, 10)).toBe(0)
    expect(shadeLevel(10, 10)).toBe(5)
    expect(shadeLevel(1, 1)).toBe(5)
  })

  it('gives a single clipping a visible shade even beside a crowded cell', () => {
    expect(shadeLevel(1, 10_000)).toBe(1)
    expect(shadeLevel(100, 10_000)).toBe(3)
  })

  it('never decreases as the count grows', () => {
    let last = 0
    for (let n = 0; n <= 500; n++) {
      const level = shadeLevel(n, 500)
      expect(level).toBeGreaterThanOrEqual(last)
      last = level
    }
  })
})
