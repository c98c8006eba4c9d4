import { describe, expect, it } from 'vitest'
import { normaliseText, textHash } from './text'

describe('normaliseText', () => {
  it('drops the BOM, makes line endings LF and composes characters', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc\ne\u0301')).toBe('a\nb\nc\né')
  })

  it('folds Arabic presentation forms only', () => {
    // U+FEFB is the lam-alef ligature; "ﬁ" (U+FB01) and full-width "，" must stay as they are.
    expect(normaliseText('\uFEFFال\uFEFBجئ\r\nﬁ，e\u0301')).toBe('اللاجئ\nﬁ，é')
  })

  it('is idempotent, so stored text hashes stay stable', () => {
    const once = normaliseText('\uFEFFﻻ\r\nCafe\u0301')
    expect(normaliseText(once)).toBe(once)
    expect(textHash(once)).toBe(textHash(normaliseText(once)))
  })
})
