import { describe, expect, it } from 'vitest'
import type { Tag } from '../../../../shared/model'
import { facetTags, tagPath } from '../../lib/tag-tree'
import { searchTags } from './tag-search'

const tag = (id: string, name: string, parentId: string | null = null, facet?: Tag['facet']): Tag => ({
  id: `tag_${id}`,
  parentId: parentId && `tag_${parentId}`,
  name,
  colour: '#888888',
  description: '',
  ...(facet ? { facet } : {}),
})
const tags = [
  tag('instrument', 'Instrument', null, 'instrument'),
  tag('gge2015', 'UN GGE 2015 report', 'instrument'),
  tag('norm13g', 'GGE norm 13(g)', 'gge2015'),
  tag('type', 'Obligation type', null, 'type'),
  tag('prohibition', 'Prohibition', 'type'),
  tag('securite', 'Sécurité', null),
]
const byId = new Map(tags.map((t) => [t.id, t]))

describe('tag paths and search', () => {
  it('names the path from the root', () => {
    expect(tagPath(tags[2] as Tag, byId)).toBe('Instrument › UN GGE 2015 report › GGE norm 13(g)')
    expect(facetTags(tags, 'instrument').map((o) => [o.tag.name, o.depth])).toEqual([
      ['UN GGE 2015 report', 0],
      ['GGE norm 13(g)', 1],
    ])
  })

  it('matches every word in the path, names first, ignoring case and accents', () => {
    expect(searchTags(tags, byId, 'gge 13').map((o) => o.tag.name)).toEqual(['GGE norm 13(g)'])
    expect(searchTags(tags, byId, 'instrument').map((o) => o.tag.name)).toEqual(['Instrument', 'UN GGE 2015 report', 'GGE norm 13(g)'])
    expect(searchTags(tags, byId, 'securite').map((o) => o.tag.name)).toEqual(['Sécurité'])
    expect(searchTags(tags, byId, 'type pro')[0]?.path).toEqual(['Obligation type', 'Prohibition'])
  })
})
