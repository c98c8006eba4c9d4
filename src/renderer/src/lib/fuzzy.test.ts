import { describe, expect, it } from 'vitest'
import { fuzzyFilter, fuzzyMatch } from './fuzzy'

describe('fuzzyMatch', () => {
  it('matches characters in order, ignoring case and accents', () => {
    expect(fuzzyMatch('imfi', 'Import files…')?.positions).toEqual([0, 1, 7, 8])
    expect(fuzzyMatch('resume', 'Résumé of talks')).not.toBeNull()
    expect(fuzzyMatch('fz', 'Import files…')).toBeNull()
  })

  it('an empty query matches anything', () => {
    expect(fuzzyMatch('  ', 'Undo')).toEqual({ score: 0, positions: [] })
  })
})

describe('fuzzyFilter', () => {
  const commands = ['Go to Codebook', 'Import folder…', 'Import files…', 'New draft…', 'Redo', 'Export draft as Markdown…']

  it('puts word-start and consecutive matches first', () => {
    expect(fuzzyFilter(commands, 'if', (c) => c)[0]?.item).toBe('Import files…')
    expect(fuzzyFilter(commands, 'nd', (c) => c)[0]?.item).toBe('New draft…')
    expect(fuzzyFilter(commands, 'code', (c) => c).map((r) => r.item)).toEqual(['Go to Codebook'])
  })

  it('keeps the given order for an empty query', () => {
    expect(fuzzyFilter(commands, '', (c) => c).map((r) => r.item)).toEqual(commands)
  })
})
