import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../text'
import { extractText } from './extract-text'
import { DEFAULT_LIMITS, ImportError, type ExtractContext } from './types'

const seeds = new URL('../../../../../shared/corpus/seeds/', import.meta.url)
const real = new URL('../../../../../shared/corpus/real/', import.meta.url)
const context: ExtractContext = { fileName: 'article.txt', limits: DEFAULT_LIMITS }
const read = (url: URL): Uint8Array => new Uint8Array(readFileSync(url))

describe('extractText on the seed articles', () => {
  it.each([
    {
      file: '000_16febc7ae85f2449.txt',
      title: 'Why the World Needs a New Cyber Treaty for Critical Infrastructure',
      authors: ['Patryk Pawlak', 'Aude Géry'],
      date: '2024-03-28',
    },
    {
      file: '001_2b7deef630cd453d.txt',
      title: 'Why a cybersecurity treaty is a pipe dream',
      authors: ['Adam Segal', 'Matthew Waxman'],
      date: '2011-10-27',
      publisher: 'CNN',
    },
    {
      // No header at all: the first sentence, shortened, is the title.
      file: '002_032de899ec04cf11.txt',
      title: 'Russian media report here and here that Russia and China are preparing to sign a cybersecurity treaty when Vladimir…',
    },
    { file: '003_b2538ffbb75673f8.txt', title: 'Time to Pursue an International Cyber Treaty?' },
  ])('$file', async ({ file, title, authors, date, publisher }) => {
    const bytes = read(new URL(file, seeds))
    const doc = await extractText(bytes, context)
    expect(doc.metadata).toEqual({ title, authors, date, publisher, language: 'en' })
    expect(doc.format).toBe('text')
    expect(doc.warnings).toEqual([])
    // Kept as written: only the normalisation every text goes through.
    expect(doc.text).toBe(normaliseText(new TextDecoder().decode(bytes)))
  })
})

describe('extractText', () => {
  it('joins a text exploded to one word a line back into paragraphs', async () => {
    const doc = await extractText(read(new URL('kazakhstan_cybershield_concept_2017_ru.txt', real)), context)
    expect(doc.warnings).toEqual([expect.stringMatching(/lines were joined into paragraphs/)])
    expect(doc.metadata).toMatchObject({ title: 'Об утверждении Концепции кибербезопасности («Киберщит Казахстана»)', language: 'ru' })
    const lines = doc.text.split('\n').filter((line) => line !== '')
    expect(lines.filter((line) => !line.includes(' ')).length).toBeLessThan(0.05 * lines.length)
    expect(doc.text).toContain('в Канцелярию Премьер-Министра Республики Казахстан.')
    expect(doc.text).toMatch(/\n\n2\.Анализ текущей ситуации\n\n/)
  })

  it('leaves a word list alone', async () => {
    const list = Array.from({ length: 40 }, (_, i) => `term${i}`).join('\n')
    const doc = await extractText(new TextEncoder().encode(list), context)
    expect(doc.text).toBe(list)
    expect(doc.warnings).toEqual([])
  })

  it('normalises line endings and composes characters', async () => {
    const doc = await extractText(new TextEncoder().encode('\uFEFFGe\u0301ry\r\nline two\rthree'), context)
    expect(doc.text).toBe('Géry\nline two\nthree')
  })

  it.each(['', '   \n\t\r\n  '])('refuses an empty file (%j)', async (content) => {
    await expect(extractText(new TextEncoder().encode(content), context)).rejects.toThrow(new ImportError('the file is empty'))
  })

  it('refuses a file over the size limit', async () => {
    const limits = { ...DEFAULT_LIMITS, maxFileBytes: 1024 * 1024 }
    await expect(extractText(new Uint8Array(2 * 1024 * 1024).fill(65), { ...context, limits })).rejects.toThrow(
      /it is 2\.0 MB, over the 1\.0 MB limit/,
    )
  })

  it('returns normalised text with a non-empty title, or an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (content) => {
        try {
          const doc = await extractText(new TextEncoder().encode(content), context)
          expect(normaliseText(doc.text)).toBe(doc.text)
          expect(doc.metadata.title?.trim()).toBeTruthy()
        } catch (err) {
          expect(err).toBeInstanceOf(ImportError)
        }
      }),
    )
  })
})
