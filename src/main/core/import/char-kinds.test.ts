import { describe, expect, it } from 'vitest'
import { countCharKinds } from './char-kinds'

describe('countCharKinds', () => {
  it('counts every occurrence, a character outside the BMP once, and asks for each distinct character once', () => {
    const asked: number[] = []
    const kindOf = (codePoint: number) => {
      asked.push(codePoint)
      return codePoint > 0xffff ? 'astral' : codePoint === 0x20 ? 'space' : 'letter'
    }
    const counts = countCharKinds('ab ab 😀😀 a', kindOf)
    expect(Object.fromEntries(counts)).toEqual({ letter: 5, space: 3, astral: 2 })
    expect(asked.sort((x, y) => x - y)).toEqual([0x20, 0x61, 0x62, 0x1f600])
  })
})
