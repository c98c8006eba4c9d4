import { describe, expect, it } from 'vitest'
import type { Clipping, Tag } from '../../../../shared/model'
import { clippingColours, highlightsByParagraph, overlapChecker, toHighlights, withAlpha } from './highlights'
import { textBlocks } from './text-blocks'

const clipping = (id: string, start: number, end: number, tags: string[] = []): Clipping => ({
  id,
  sourceId: 'src_aaaaaa',
  start,
  end,
  quote: 'x'.repeat(end - start),
  prefix: '',
  suffix: '',
  tags,
  note: '',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
})

const tag: Tag = { id: 'tag_prohibition', parentId: null, name: 'Prohibition', colour: '#c0392b', description: '' }

describe('highlights', () => {
  it('colours a clipping by its first tag, grey without one, and sorts by start', () => {
    const hs = toHighlights([clipping('clp_bbbbbb', 5, 9), clipping('clp_aaaaaa', 0, 4, ['tag_prohibition'])], new Map([[tag.id, tag]]))
    expect(hs.map((h) => [h.id, h.colour])).toEqual([
      ['clp_aaaaaa', '#c0392b'],
      ['clp_bbbbbb', '#8a94a3'],
    ])
    expect(hs[0]?.label).toBe('Prohibition: “xxxx”')
  })

  it('files each highlight under every paragraph it overlaps', () => {
    const text = 'One two.\n\nThree four.\n\nFive.'
    const blocks = textBlocks(text)
    const map = highlightsByParagraph(blocks, toHighlights([clipping('clp_aaaaaa', 4, 15), clipping('clp_bbbbbb', 23, 27)], new Map()))
    expect([...map.entries()].map(([start, hs]) => [start, hs.map((h) => h.id)])).toEqual([
      [0, ['clp_aaaaaa']],
      [10, ['clp_aaaaaa']],
      [23, ['clp_bbbbbb']],
    ])
  })

  it('tells whether a span overlaps any range', () => {
    const overlaps = overlapChecker([
      { start: 20, end: 30 },
      { start: 0, end: 50 },
      { start: 60, end: 70 },
    ])
    expect(overlaps(40, 45)).toBe(true)
    expect(overlaps(50, 60)).toBe(false)
    expect(overlaps(69, 80)).toBe(true)
    expect(overlaps(70, 80)).toBe(false)
  })

  it('writes a colour with transparency', () => {
    expect(withAlpha('#2855c8', 0.2)).toBe('rgb(40 85 200 / 0.2)')
  })

  it('gives a pastel more opacity and a darker line than a strong colour', () => {
    expect(clippingColours('#ffffff')).toEqual({ tint: 'rgb(255 255 255 / 0.55)', line: 'rgb(140 140 140)' })
    expect(clippingColours('#000000')).toEqual({ tint: 'rgb(0 0 0 / 0.15)', line: 'rgb(0 0 0)' })
  })
})
