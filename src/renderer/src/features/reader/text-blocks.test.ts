import { describe, expect, it } from 'vitest'
import { blockAt, textBlocks } from './text-blocks'

describe('textBlocks', () => {
  it('splits on blank lines and keeps offsets into the text', () => {
    const text = '\nFirst one.\n\n  Second\nline.  \n \n\nThird.'
    const blocks = textBlocks(text)
    expect(blocks.map((b) => (b.kind === 'paragraph' ? text.slice(b.start, b.end) : b.page))).toEqual([
      'First one.',
      '  Second\nline.',
      'Third.',
    ])
  })

  it('puts a page marker before each page and splits a paragraph where a page begins', () => {
    const text = 'Alpha beta.\n\nGamma delta epsilon.'
    const blocks = textBlocks(text, [0, 19])
    expect(blocks).toEqual([
      { kind: 'page', page: 1, start: 0 },
      { kind: 'paragraph', start: 0, end: 11 },
      { kind: 'paragraph', start: 13, end: 19 },
      { kind: 'page', page: 2, start: 19 },
      { kind: 'paragraph', start: 19, end: 33, continued: true },
    ])
  })

  it('marks a page that starts between paragraphs or is empty', () => {
    const blocks = textBlocks('One.\n\nTwo.', [0, 5, 5])
    expect(blocks.filter((b) => b.kind === 'page').map((b) => b.page)).toEqual([1, 2, 3])
    expect(blocks[3]).toEqual({ kind: 'page', page: 3, start: 5 })
  })

  it('finds the block holding an offset', () => {
    const blocks = textBlocks('Alpha beta.\n\nGamma delta epsilon.', [0, 19])
    expect(blockAt(blocks, 0)).toBe(1)
    expect(blockAt(blocks, 15)).toBe(2)
    expect(blockAt(blocks, 25)).toBe(4)
  })
})
