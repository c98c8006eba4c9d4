import { describe, expect, it } from 'vitest'
import { firstLineTitle, normaliseExtractedText } from './extracted-text'

describe('normaliseExtractedText', () => {
  it('folds Arabic presentation forms only, then normalises as every stored text is', () => {
    // U+FEFB is the lam-alef ligature; "ﬁ" (U+FB01) and full-width "，" must stay as they are.
    expect(normaliseExtractedText('\uFEFFال\uFEFBجئ\r\nﬁ，e\u0301')).toBe('اللاجئ\nﬁ，é')
  })
})

describe('firstLineTitle', () => {
  it('skips page numbers and cuts long lines at a word boundary', () => {
    expect(firstLineTitle('1\n\n  Multistakeholder participation at the UN\nmore')).toBe('Multistakeholder participation at the UN')
    const title = firstLineTitle(`${'word '.repeat(60)}end`)!
    expect(title.endsWith('word…')).toBe(true)
    expect(title.length).toBeLessThanOrEqual(201)
    expect(firstLineTitle('12\n\n- 3 -')).toBeUndefined()
  })
})
