import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SearchIndex } from './search-index'
import { foldTerm, tokenize } from './tokenize'
import type { SearchDoc, SearchHit } from './types'

const corpus = (name: string) => readFileSync(new URL(`../../../../../shared/corpus/${name}`, import.meta.url), 'utf8')

function indexOf(docs: Omit<SearchDoc, 'sourceId'>[]) {
  const texts = new Map<string, string>()
  const index = new SearchIndex({ getText: (id) => texts.get(id) })
  for (const doc of docs) {
    texts.set(doc.id, doc.text)
    index.add({ sourceId: doc.id, ...doc })
  }
  return { index, texts }
}

const src = (id: string, title: string, text: string) => ({ id, kind: 'source' as const, title, text })

/** Every highlight covers a word (or phrase) of the query, in its folded form. */
function expectHighlightsOf(hit: SearchHit, wanted: string[]) {
  expect(hit.snippet.highlights.length).toBeGreaterThan(0)
  for (const [start, end] of hit.snippet.highlights) {
    const folded = tokenize(hit.snippet.text.slice(start, end)).map((t) => t.term).join(' ')
    expect(wanted).toContain(folded)
  }
}

describe('SearchIndex', () => {
  const { index } = indexOf([
    src('src_a', 'Notes on trade', 'Trade agreements mention sovereignty once. Tariffs and quotas follow.'),
    src('src_b', 'Sovereignty in cyberspace', 'Sovereignty is contested. Digital sovereignty and data sovereignty are claimed; sovereignty again.'),
    src('src_c', 'Norms', 'Responsible state behaviour in cyberspace: norms, confidence-building measures, capacity building.'),
    src('src_d', 'Critical infrastructure', 'Attacks on critical infrastructure. Infrastructure that is critical to life is protected.'),
  ])

  it('ranks a document with the term in its title and many times first', () => {
    const result = index.search('sovereignty')
    expect(result.hits.map((h) => h.id)).toEqual(['src_b', 'src_a'])
    expect(result.hits[0]?.matchCount).toBe(4)
    expect(result.relaxed).toBe(false)
  })

  it('requires every term, and falls back to any term, flagged, when no document has them all', () => {
    expect(index.search('sovereignty cyberspace').hits.map((h) => h.id)).toEqual(['src_b'])
    const relaxed = index.search('tariffs norms')
    expect(relaxed.relaxed).toBe(true)
    expect(relaxed.hits.map((h) => h.id).sort()).toEqual(['src_a', 'src_c'])
    expect(index.search('nothing-like-this').hits).toEqual([])
  })

  it('matches phrases only where the words are adjacent and in order', () => {
    expect(index.search('"critical infrastructure"').hits.map((h) => h.id)).toEqual(['src_d'])
    expect(index.search('"infrastructure critical"').hits).toEqual([])
    const hit = index.search('"capacity building"').hits[0] as SearchHit
    expect(hit.id).toBe('src_c')
    expect(hit.snippet.text.slice(...(hit.snippet.highlights[0] as [number, number]))).toBe('capacity building')
  })

  it('treats a word the tokenizer splits as a phrase', () => {
    expect(index.search('confidence-building').hits.map((h) => h.id)).toEqual(['src_c'])
  })

  it('matches the beginning of the last word typed', () => {
    expect(index.search('sovereig').hits.map((h) => h.id)).toEqual(['src_b', 'src_a'])
    expect(index.search('sovereig ').hits).toEqual([])
  })

  it('gives the offset of the best match in the text', () => {
    const { index: one, texts } = indexOf([src('src_x', 'X', 'Alpha beta gamma. Delta epsilon beta zeta gamma.')])
    const hit = one.search('zeta gamma').hits[0] as SearchHit
    expect(texts.get('src_x')?.slice(hit.offset, hit.offset + 4)).toBe('zeta')
  })

  it('removes documents, and a source with its clippings', () => {
    const { index: idx } = indexOf([
      src('src_1', 'One', 'encryption standards'),
      src('src_2', 'Two', 'encryption backdoors'),
      { id: 'clp_1', kind: 'clipping', title: 'Two', text: 'encryption quote' },
    ])
    expect(idx.remove('src_1')).toBe(true)
    expect(idx.search('encryption').hits.map((h) => h.id)).toEqual(['src_2', 'clp_1'])
    idx.add({ id: 'clp_2', kind: 'clipping', sourceId: 'src_2', title: 'Two', text: 'encryption note' })
    expect(idx.removeSource('src_2').sort()).toEqual(['clp_2', 'src_2'])
    expect(idx.search('encryption').hits.map((h) => h.id)).toEqual(['clp_1'])
    idx.compact()
    expect(idx.search('encryption').hits.map((h) => h.id)).toEqual(['clp_1'])
    expect(idx.size).toBe(1)
  })

  it('replaces a document added again under the same id', () => {
    const { index: idx } = indexOf([src('src_1', 'One', 'old words')])
    idx.add({ id: 'src_1', kind: 'source', sourceId: 'src_1', title: 'One', text: 'new words' })
    expect(idx.search('old').hits).toEqual([])
    expect(idx.search('new').hits.map((h) => h.id)).toEqual(['src_1'])
  })
})

describe('snippets on the seed articles', () => {
  const names = ['000_16febc7ae85f2449', '001_2b7deef630cd453d', '002_032de899ec04cf11', '003_b2538ffbb75673f8']
  const { index, texts } = indexOf(names.map((n, i) => src(`src_${i}`, `Seed ${i}`, corpus(`seeds/${n}.txt`))))
  index.compact()

  it('cuts about 160 characters at word boundaries, with ellipses, highlighting every matched term', () => {
    const result = index.search('budapest convention')
    expect(result.hits.length).toBeGreaterThan(0)
    for (const hit of result.hits) {
      const { text } = hit.snippet
      expect(text.length).toBeLessThanOrEqual(170)
      expectHighlightsOf(hit, ['budapest', 'convention'])
      const body = text.replace(/^…|…$/g, '')
      const source = (texts.get(hit.id) ?? '').replace(/\s+/g, ' ')
      expect(source).toContain(body)
      // A cut falls between words: the characters beside it in the source are not letters.
      const at = source.indexOf(body)
      expect(/[\p{L}\p{N}]/u.test(source.charAt(at - 1)) && /[\p{L}\p{N}]/u.test(body.charAt(0))).toBe(false)
    }
  })

  it('highlights a phrase as one range and folds accents in highlights', () => {
    const hit = index.search('"critical infrastructure"').hits[0] as SearchHit
    expect(hit.id).toBe('src_0')
    expectHighlightsOf(hit, ['critical infrastructure'])
    const accented = index.search('gery').hits[0] as SearchHit
    const [start, end] = accented.snippet.highlights[0] as [number, number]
    expect(foldTerm(accented.snippet.text.slice(start, end))).toBe('gery')
  })

  it('points the offset at the match in long documents (past the checkpoints)', () => {
    const hits = index.search('genocide').hits.concat(index.search('spiritual moral').hits)
    expect(hits.length).toBeGreaterThanOrEqual(2)
    for (const hit of hits) {
      const text = texts.get(hit.id) ?? ''
      expect(hit.offset).toBeGreaterThan(1000)
      const word = tokenize(text.slice(hit.offset, hit.offset + 40))[0]?.term
      expect(['genocide', 'spiritual', 'moral']).toContain(word)
    }
  })
})

describe('real-language documents', () => {
  const { index } = indexOf([
    src('src_zh', '中华人民共和国网络安全法', corpus('real/prc_cybersecurity_law_2016_zh.md')),
    src('src_ar', 'بروتوكولات', corpus('real/salama_threat_protocols_ar.md')),
    src('src_ru', 'Киберщит', corpus('real/kazakhstan_cybershield_concept_2017_ru.txt')),
  ])

  it('finds a Chinese word inside a compound, and highlights it', () => {
    const hit = index.search('网络安全').hits[0] as SearchHit
    expect(hit.id).toBe('src_zh')
    expect(hit.matchCount).toBeGreaterThan(10)
    expectHighlightsOf(hit, ['网 络 安 全'])
    expect(index.search('国家安全').hits.map((h) => h.id)).toEqual(['src_zh'])
  })

  it('finds Arabic with or without diacritics and hamza', () => {
    expect(index.search('الصحفيين').hits.map((h) => h.id)).toEqual(['src_ar'])
    expect(index.search('الصَّحَفِيِّين').hits.map((h) => h.id)).toEqual(['src_ar'])
    expect(index.search('لابد').hits.map((h) => h.id)).toEqual(['src_ar'])
  })

  it('finds Russian in either case', () => {
    const hit = index.search('КИБЕРБЕЗОПАСНОСТИ').hits[0] as SearchHit
    expect(hit.id).toBe('src_ru')
    expectHighlightsOf(hit, ['кибербезопасности'])
  })
})
