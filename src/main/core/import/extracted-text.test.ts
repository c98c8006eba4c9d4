import { describe, expect, it } from 'vitest'
import { firstLineTitle } from './extracted-text'

describe('firstLineTitle', () => {
  it('skips page numbers and cuts long lines at a word boundary', () => {
    expect(firstLineTitle('1\n\n  Multistakeholder participation at the UN\nmore')).toBe('Multistakeholder participation at the UN')
    const title = firstLineTitle(`${'word '.repeat(60)}end`)!
    expect(title.endsWith('word…')).toBe(true)
    expect(title.length).toBeLessThanOrEqual(201)
    expect(firstLineTitle('12\n\n- 3 -')).toBeUndefined()
  })
})
