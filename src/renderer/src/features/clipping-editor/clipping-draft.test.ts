import { describe, expect, it } from 'vitest'
import { emptyObligation, mergeDraft, patchFor, type Draft } from './clipping-draft'

const base: Draft = { ...emptyObligation, modality: 'shall', bearer: 'States', tags: ['tag_a'], note: '' }

describe('mergeDraft', () => {
  it('follows the server where the user has not typed, and keeps what the user typed', () => {
    const local = { ...base, bearer: 'States Par' }
    const server = { ...base, modality: 'should' as const, tags: ['tag_a', 'tag_b'] }
    expect(mergeDraft(base, local, server)).toEqual({ ...server, bearer: 'States Par' })
  })
})

describe('patchFor', () => {
  it('sends only the fields asked for, the obligation whole', () => {
    expect(patchFor({ ...base, note: 'n' }, new Set(['note']), true)).toEqual({ note: 'n' })
    expect(patchFor(base, new Set(['bearer']), true)).toEqual({
      obligation: { type: null, modality: 'shall', bearer: 'States', scope: '', instrument: null, stance: '' },
    })
  })

  it('removes an obligation emptied by the user, and never stores an empty one', () => {
    const empty = { ...base, ...emptyObligation }
    expect(patchFor(empty, new Set(['modality']), true)).toEqual({ obligation: null })
    expect(patchFor(empty, new Set(['modality']), false)).toEqual({})
  })
})
