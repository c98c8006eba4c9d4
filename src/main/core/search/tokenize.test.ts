import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { foldTerm, forEachToken, tokenize } from './tokenize'

const terms = (text: string) => tokenize(text).map((t) => t.term)
const corpus = (name: string) => readFileSync(new URL(`../../../../../shared/corpus/${name}`, import.meta.url), 'utf8')

describe('tokenize', () => {
  it('splits English into lower-cased words with their offsets', () => {
    const text = 'The Budapest Convention (2001) — signed by 68 States.'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.term)).toEqual(['the', 'budapest', 'convention', '2001', 'signed', 'by', '68', 'states'])
    for (const t of tokens) expect(foldTerm(text.slice(t.start, t.end))).toBe(t.term)
  })

  it('folds French accents and splits elisions and hyphens', () => {
    expect(terms("L'État a signé la Convention sur la cybercriminalité, dite « de Budapest » — co-opération")).toEqual([
      'l', 'etat', 'a', 'signe', 'la', 'convention', 'sur', 'la', 'cybercriminalite', 'dite', 'de', 'budapest', 'co', 'operation',
    ])
    expect(foldTerm('ÉLYSÉE')).toBe('elysee')
    expect(foldTerm('ﬁnance')).toBe('finance')
  })

  it('keeps Cyrillic letters whole, й and ё included', () => {
    expect(terms('Концепция кибербезопасности «Киберщит Казахстана», её задачи и новый подход')).toEqual([
      'концепция', 'кибербезопасности', 'киберщит', 'казахстана', 'её', 'задачи', 'и', 'новый', 'подход',
    ])
  })

  it('strips Arabic harakat, tatweel and hamza carriers, and unfolds presentation forms', () => {
    expect(terms('الأَمْنُ الرَّقْمِيُّ الـــرقمي')).toEqual(['الامن', 'الرقمي', 'الرقمي'])
    // U+FEFB is the lam-alef ligature a PDF extractor leaves behind.
    expect(terms('\uFEFBبد')).toEqual(['لابد'])
    const text = 'حَمَايَةُ المَعْلُومَات'
    for (const t of tokenize(text)) expect(t.term).toBe(foldTerm(text.slice(t.start, t.end)))
  })

  it('makes each Han ideograph a token, so a word is found inside a compound', () => {
    const tokens = tokenize('中华人民共和国网络安全法')
    expect(tokens).toHaveLength(12)
    expect(tokens.map((t) => t.term).join('')).toBe('中华人民共和国网络安全法')
    expect(tokens[7]).toEqual({ term: '网', start: 7, end: 8 })
    expect(terms('2016年11月7日')).toEqual(['2016', '年', '11', '月', '7', '日'])
  })

  it('segments kana and Thai with ICU dictionaries, not as one word per run', () => {
    expect(terms('テキストです')).toEqual(['テキスト', 'です'])
    expect(terms('ภาษาไทยง่าย').length).toBeGreaterThan(1)
  })

  it('keeps surrogate pairs whole', () => {
    expect(tokenize('𠀋𠀌 x')).toEqual([
      { term: '𠀋', start: 0, end: 2 },
      { term: '𠀌', start: 2, end: 4 },
      { term: 'x', start: 5, end: 6 },
    ])
  })

  it('tokenizes the real Chinese, Arabic and Russian fixtures with offsets that point at the words', () => {
    for (const name of ['real/prc_cybersecurity_law_2016_zh.md', 'real/salama_threat_protocols_ar.md', 'real/kazakhstan_cybershield_concept_2017_ru.txt']) {
      const text = corpus(name)
      let count = 0
      forEachToken(text, (term, start, end) => {
        expect(foldTerm(text.slice(start, end)), name).toBe(term)
        count++
      })
      expect(count).toBeGreaterThan(300)
    }
    expect(terms(corpus('real/kazakhstan_cybershield_concept_2017_ru.txt'))).toContain('кибербезопасности')
  })

  it('stops when the visitor returns true, and restarts from an offset', () => {
    const seen: string[] = []
    forEachToken('one two three four', (term) => {
      seen.push(term)
      return seen.length === 2
    }, 4)
    expect(seen).toEqual(['two', 'three'])
  })
})
