import { describe, expect, it } from 'vitest'
import { detectTextMetadata, splitAuthors } from './text-metadata'

// Invented headers in the shapes the seed articles use (tests of the seeds
// themselves are in extract-text.test.ts).
describe('detectTextMetadata', () => {
  it('skips a photo credit and a standfirst, reads a byline with no-break spaces and a "Published on" date', () => {
    const text = [
      'Photo: Reuters',
      '',
      'A Treaty for Hospitals',
      '',
      'Why health systems deserve protection in law, and how states could agree on it.',
      '',
      'by\u00A0Ada Lovelace\u00A0and\u00A0Émile Zola',
      'Published on January 5, 2023',
      '',
      'Body text. '.repeat(40),
      'by Someone Else',
    ].join('\n')
    expect(detectTextMetadata(text)).toEqual({
      title: 'A Treaty for Hospitals',
      authors: ['Ada Lovelace', 'Émile Zola'],
      date: '2023-01-05',
      language: 'en',
    })
  })

  it('recognises a repeated title, a date and time line, an editor’s note and a "Special to" byline', () => {
    const text = [
      'Norms are not enough',
      'May 3rd, 2012',
      '10:15 AM ET',
      '',
      'Norms are not enough',
      '',
      'Editor’s Note: The author is a fellow at an institute.',
      '',
      'By Jane Roe, John Doe and Max Mustermann - Special to Example News',
      '',
      'The argument of this piece is that the norms of 2015 are not enough. '.repeat(6),
    ].join('\n')
    expect(detectTextMetadata(text)).toMatchObject({
      title: 'Norms are not enough',
      date: '2012-05-03',
      authors: ['Jane Roe', 'John Doe', 'Max Mustermann'],
      publisher: 'Example News',
    })
  })

  it('does not take a date or byline from the body', () => {
    const text = `Short title\n\nFirst paragraph of the body, which is ordinary prose.\n\nSecond paragraph.\n\nMarch 3, 2020\n\nBy Nobody`
    const metadata = detectTextMetadata(text)
    expect(metadata.title).toBe('Short title')
    expect(metadata.date).toBeUndefined()
    expect(metadata.authors).toBeUndefined()
  })

  it('falls back to the first sentence, cut on a word boundary, when there is no header', () => {
    const sentence = `States ${'should protect critical infrastructure '.repeat(6)}now.`
    const { title } = detectTextMetadata(`${sentence} Another sentence follows it in the same paragraph and makes the line long. `.repeat(3))
    expect(title?.length).toBeLessThanOrEqual(121)
    expect(title).toMatch(/^States should protect critical infrastructure .*\S…$/)
    expect(sentence.startsWith(title?.slice(0, -1) ?? '')).toBe(true)
  })

  it('never takes a photo credit for the title', () => {
    expect(detectTextMetadata('Source: Getty\n\n' + 'Words in a long paragraph. '.repeat(20)).title).toBe('Words in a long paragraph.')
  })

  it('cuts unspaced scripts at the limit', () => {
    const title = detectTextMetadata('网络安全'.repeat(100)).title
    expect(title).toHaveLength(121)
  })

  it('does not mistake a sentence opening with "By" for a byline', () => {
    const metadata = detectTextMetadata('Title\nBy the end of 2011, states had agreed on nothing.\n\nBody.')
    expect(metadata.authors).toBeUndefined()
  })
})

describe('splitAuthors', () => {
  it.each([
    ['Adam Segal and Matthew Waxman', ['Adam Segal', 'Matthew Waxman']],
    ['A. Smith, B. Jones, and C. Brown', ['A. Smith', 'B. Jones', 'C. Brown']],
    ['Jane Roe & John Doe', ['Jane Roe', 'John Doe']],
    ['Martin Untersinger', ['Martin Untersinger']],
  ])('splits %j', (names, authors) => expect(splitAuthors(names)).toEqual(authors))

  it('gives undefined for nothing', () => expect(splitAuthors(' , ')).toBeUndefined())
})
