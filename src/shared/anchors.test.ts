import { describe, expect, it } from 'vitest'
import { makeAnchor, reanchor } from './anchors'

const text = 'Each Party shall cooperate. Recalling norms. Each Party shall cooperate. States should assist.'

describe('anchors', () => {
  it('keep the quote and its context', () => {
    expect(makeAnchor(text, 28, 44)).toEqual({ start: 28, end: 44, quote: 'Recalling norms.', prefix: 'Each Party shall cooperate. ', suffix: ' Each Party shall cooperate. Sta' })
    expect(() => makeAnchor(text, 10, 5)).toThrow(RangeError)
    expect(() => makeAnchor(text, 0, text.length + 1)).toThrow(RangeError)
  })

  it('stay where they are when the text did not change', () => {
    const anchor = makeAnchor(text, 45, 71)
    expect(reanchor(text, anchor)).toEqual({ status: 'kept', anchor })
  })

  it('follow their quote when re-extraction shifts the text, choosing the occurrence by its context', () => {
    const second = makeAnchor(text, 45, 72) // the second "Each Party shall cooperate."
    const reextracted = `Preamble added by a better extractor.\n\n${text}`
    const moved = reanchor(reextracted, second)
    expect(moved.status).toBe('moved')
    if (moved.status !== 'moved') return
    expect(moved.anchor.start).toBe(second.start + 39)
    expect(moved.anchor.prefix.endsWith('Recalling norms. ')).toBe(true)
  })

  it('follow their quote when re-extraction writes its spaces as no-break spaces, and take the new ones', () => {
    const page = 'Le projet de loi « sur le renseignement » est adopté. La loi « sur le renseignement » revient.'
    const anchor = makeAnchor(page, page.indexOf('La loi'), page.length)
    const reextracted = `Titre\n\n${page.replaceAll('« ', '«\u00A0').replaceAll(' »', '\u00A0»')}`
    const moved = reanchor(reextracted, anchor)
    expect(moved).toMatchObject({ status: 'moved', anchor: { start: 'Titre\n\n'.length + page.indexOf('La loi'), quote: 'La loi «\u00A0sur le renseignement\u00A0» revient.' } })
  })

  it('report orphans instead of dropping them', () => {
    const anchor = makeAnchor(text, 73, 94)
    expect(reanchor('A completely different text.', anchor)).toEqual({ status: 'orphan', reason: 'the quoted text no longer occurs in the source' })
  })
})
