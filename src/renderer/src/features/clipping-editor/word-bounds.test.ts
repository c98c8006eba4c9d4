import { describe, expect, it } from 'vitest'
import { extendEnd, extendStart, shrinkEnd, shrinkStart } from './word-bounds'

const text = 'States should not, in peacetime, attack 😀 infrastructure.'
const span = (a: number | null, b: number | null) => (a === null || b === null ? null : text.slice(a, b))

describe('word bounds', () => {
  const start = text.indexOf('not')
  const end = text.indexOf('attack') + 'attack'.length

  it('extends and shrinks by one word, punctuation included', () => {
    expect(span(extendStart(text, start), end)).toBe('should not, in peacetime, attack')
    expect(span(shrinkStart(text, start, end), end)).toBe('in peacetime, attack')
    expect(span(start, extendEnd(text, end))).toBe('not, in peacetime, attack 😀')
    expect(span(start, shrinkEnd(text, start, end))).toBe('not, in peacetime,')
  })

  it('stops at the edges of the text and never empties the clipping', () => {
    expect(extendStart(text, 0)).toBeNull()
    expect(extendEnd(text, text.length)).toBeNull()
    expect(extendEnd('end.   ', 4)).toBeNull()
    const one = text.indexOf('attack')
    expect(shrinkStart(text, one, one + 6)).toBeNull()
    expect(shrinkEnd(text, one, one + 6)).toBeNull()
  })

  it('keeps surrogate pairs whole', () => {
    const at = text.indexOf('😀')
    expect(extendEnd(text, at - 1)).toBe(at + 2)
    expect(extendStart(text, at + 2)).toBe(at)
  })
})
