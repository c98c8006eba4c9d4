import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../../shared/obligations/split-sentences'
import { firstWords, moveByWord, nextSentence, previousSentence, sentenceFrom } from './text-moves'

const text = 'States shall protect. They may  cooperate.\n\nNothing here.'

describe('moveByWord', () => {
  it('extends and shrinks the end by a word', () => {
    expect(moveByWord(text, [0, 6], 'end+')).toEqual([0, 12])
    expect(moveByWord(text, [0, 12], 'end-')).toEqual([0, 6])
  })

  it('moves the start by a word, across double spaces and paragraphs', () => {
    expect(moveByWord(text, [32, 42], 'start-')).toEqual([27, 42])
    expect(moveByWord(text, [27, 42], 'start+')).toEqual([32, 42])
    expect(moveByWord(text, [44, 51], 'start-')).toEqual([32, 51])
  })

  it('refuses a move that would leave nothing selected', () => {
    expect(moveByWord(text, [0, 6], 'end-')).toEqual([0, 6])
    expect(moveByWord(text, [0, 6], 'start+')).toEqual([0, 6])
  })
})

describe('sentence moves', () => {
  const sentences = splitSentences(text)
  const at = (i: number) => sentences[i]

  it('finds the next, previous and first sentences', () => {
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['States shall protect.', 'They may  cooperate.', 'Nothing here.'])
    expect(nextSentence(sentences, [0, 21])).toBe(at(1))
    expect(previousSentence(sentences, [22, 42])).toBe(at(0))
    expect(previousSentence(sentences, [0, 21])).toBeUndefined()
    expect(sentenceFrom(sentences, 10)).toBe(at(1))
    expect(sentenceFrom(sentences, 50)).toBe(at(2))
  })
})

it('announces the first words', () => {
  expect(firstWords('one two three', 2)).toBe('one two…')
  expect(firstWords(' one two ', 2)).toBe('one two')
})
