import { describe, expect, it } from 'vitest'
import type { SearchHit } from '../../../../shared/api'
import { hitLength } from './hit-span'

function hit(text: string, highlights: Array<[number, number]>): SearchHit {
  return { id: 'src_abcdef', kind: 'source', sourceId: 'src_abcdef', title: 'T', score: 1, snippet: { text, highlights }, offset: 0, matchCount: 1 }
}

describe('hitLength', () => {
  it('joins highlights separated by a space or hyphen, and stops at other words', () => {
    expect(hitLength(hit('…protect critical infrastructure and', [[9, 17], [18, 32]]))).toBe(23)
    expect(hitLength(hit('a critical-infrastructure treaty', [[2, 10], [11, 25]]))).toBe(23)
    expect(hitLength(hit('critical of infrastructure', [[0, 8], [12, 26]]))).toBe(8)
    expect(hitLength(hit('no highlight', []))).toBe(0)
  })
})
