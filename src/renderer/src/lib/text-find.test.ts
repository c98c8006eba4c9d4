import { describe, expect, it } from 'vitest'
import { findAll, foldText } from './text-find'

describe('foldText', () => {
  it('keeps the length and folds case and diacritics', () => {
    const text = 'Sécurité ÉTAT Ærø İstanbul النص'
    const f = foldText(text)
    expect(f.length).toBe(text.length)
    expect(f.startsWith('securite etat')).toBe(true)
  })

  it('reads no-break and other fixed spaces as a plain space', () => {
    const text = 'la «\u00A0loi\u00A0» de 10\u202F000 mots'
    expect(foldText(text)).toBe('la « loi » de 10 000 mots')
    expect(findAll(foldText(text), '10 000', 10)).toEqual([[14, 20]])
  })
})

describe('findAll', () => {
  it('finds every occurrence, case- and accent-blind, up to the limit', () => {
    const text = foldText('La Sécurité; la securite; LA SECURITE.')
    expect(findAll(text, 'sécurité', 10)).toEqual([
      [3, 11],
      [16, 24],
      [29, 37],
    ])
    expect(findAll(text, 'securite', 2)).toHaveLength(2)
    expect(findAll(text, '   ', 10)).toEqual([])
  })
})
