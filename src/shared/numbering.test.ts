import { describe, it, expect } from 'vitest'
import {
  articleHeading,
  articleNumber,
  formatReference,
  numberDraft,
  paragraphNumber,
  type NumberedDraft,
} from './numbering'

function draft(): NumberedDraft {
  return {
    preamble: [{ id: 'par_recall' }, { id: 'par_concern' }],
    articles: [
      { id: 'art_defs', title: 'Definitions', paragraphs: [{ id: 'par_d1' }] },
      { id: 'art_protect', title: 'Protection', paragraphs: [{ id: 'par_p1' }, { id: 'par_p2' }] },
      { id: 'art_final', title: '', paragraphs: [] },
    ],
  }
}

describe('articleNumber and paragraphNumber', () => {
  it('count from one by position', () => {
    const d = draft()
    expect(articleNumber(d, 'art_defs')).toBe(1)
    expect(articleNumber(d, 'art_final')).toBe(3)
    expect(paragraphNumber(d.articles[1]!, 'par_p2')).toBe(2)
    expect(paragraphNumber({ paragraphs: d.preamble }, 'par_concern')).toBe(2)
  })

  it('return null for ids that are not there', () => {
    const d = draft()
    expect(articleNumber(d, 'art_gone')).toBeNull()
    expect(paragraphNumber(d.articles[0]!, 'par_p1')).toBeNull()
  })
})

describe('numberDraft', () => {
  it('labels every article and paragraph by id', () => {
    expect(Object.fromEntries(numberDraft(draft()))).toEqual({
      par_recall: 'Preamble paragraph 1',
      par_concern: 'Preamble paragraph 2',
      art_defs: 'Article 1',
      par_d1: 'Article 1(1)',
      art_protect: 'Article 2',
      par_p1: 'Article 2(1)',
      par_p2: 'Article 2(2)',
      art_final: 'Article 3',
    })
  })

  it('renumbers when an article is inserted before others', () => {
    const d = draft()
    const inserted: NumberedDraft = {
      ...d,
      articles: [{ id: 'art_scope', title: 'Scope', paragraphs: [{ id: 'par_s1' }] }, ...d.articles],
    }
    const labels = numberDraft(inserted)
    expect(labels.get('art_scope')).toBe('Article 1')
    expect(labels.get('art_defs')).toBe('Article 2')
    expect(labels.get('par_p2')).toBe('Article 3(2)')
  })

  it('handles an empty draft', () => {
    expect(numberDraft({ preamble: [], articles: [] }).size).toBe(0)
  })
})

describe('formatReference', () => {
  it('renders references to articles, paragraphs and preambular paragraphs', () => {
    const d = draft()
    expect(formatReference(d, 'art_protect')).toBe('Article 2')
    expect(formatReference(d, 'par_p2')).toBe('Article 2(2)')
    expect(formatReference(d, 'par_recall')).toBe('Preamble paragraph 1')
  })

  it('follows the target when paragraphs move', () => {
    const d = draft()
    const [first, second] = d.articles[1]!.paragraphs
    const moved: NumberedDraft = {
      ...d,
      articles: d.articles.map((a) => (a.id === 'art_protect' ? { ...a, paragraphs: [second!, first!] } : a)),
    }
    expect(formatReference(moved, 'par_p2')).toBe('Article 2(1)')
  })

  it('returns null when the target no longer exists', () => {
    expect(formatReference(draft(), 'par_deleted')).toBeNull()
  })
})

describe('articleHeading', () => {
  it('joins number and title with an em dash', () => {
    expect(articleHeading(3, 'Protection of critical infrastructure')).toBe(
      'Article 3 — Protection of critical infrastructure',
    )
  })

  it('drops the dash for an untitled article', () => {
    expect(articleHeading(4, '  ')).toBe('Article 4')
  })
})
