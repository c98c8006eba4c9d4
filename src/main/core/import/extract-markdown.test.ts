import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../text'
import { extractMarkdown } from './extract-markdown'
import { DEFAULT_LIMITS, ImportError, type ExtractContext } from './types'

const real = new URL('../../../../../shared/corpus/real/', import.meta.url)
const context: ExtractContext = { fileName: 'note.md', limits: DEFAULT_LIMITS }
const md = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('extractMarkdown', () => {
  it('keeps the Markdown source and takes the title from the first level-1 heading', async () => {
    const source = 'Intro line\n\n## Background\n\n# The **Hospital** Treaty\r\n\nby Ada Lovelace\n\nText with [a link](https://example.org).\n'
    const doc = await extractMarkdown(md(source), context)
    expect(doc.text).toBe(normaliseText(source))
    expect(doc.metadata.title).toBe('The Hospital Treaty')
    expect(doc.format).toBe('markdown')
  })

  it('reads title, date, authors and language from front matter, skipping placeholder authors', async () => {
    const source = '---\ntitle: "Protocols"\ndate: 2016-03-21 15:39 -0600\nauthor: author\nlanguage: ar_AE\n---\n\n# Heading\n\nText.'
    const doc = await extractMarkdown(md(source), context)
    expect(doc.metadata).toEqual({ title: 'Protocols', date: '2016-03-21', language: 'ar-AE' })
    expect(doc.text).toBe('# Heading\n\nText.')
    const listed = '---\nauthors: [Jane Roe, "John Doe"]\n---\nBody text here.'
    expect((await extractMarkdown(md(listed), context)).metadata.authors).toEqual(['Jane Roe', 'John Doe'])
  })

  it('reads a byline under the title like a plain-text header', async () => {
    const doc = await extractMarkdown(md('# Title\n\n*By Jane Roe and John Doe*\n\nPublished on March 28, 2024\n\nBody.'), context)
    expect(doc.metadata).toMatchObject({ title: 'Title', authors: ['Jane Roe', 'John Doe'], date: '2024-03-28' })
  })

  it('takes a heading written without its space (##Title) when there is no level-1 heading', async () => {
    const doc = await extractMarkdown(readFileSync(new URL('budapest_convention_cybercrime_nl_en.md', real)), context)
    expect(doc.metadata.title).toBe('Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken')
    expect(doc.text.startsWith('<meta http-equiv')).toBe(true)
  })

  it('reads the corpus Markdown in Chinese and Arabic', async () => {
    const zh = await extractMarkdown(readFileSync(new URL('prc_cybersecurity_law_2016_zh.md', real)), context)
    expect(zh.metadata).toMatchObject({ title: '中华人民共和国网络安全法', language: 'zh' })
    const ar = await extractMarkdown(readFileSync(new URL('salama_threat_protocols_ar.md', real)), context)
    expect(ar.metadata).toMatchObject({ title: 'بروتوكولات لمنع الهجمات', language: 'ar-AE', date: '2016-03-21' })
    expect(ar.metadata.authors).toBeUndefined()
  })

  it('treats an opening rule that never closes as text, not front matter', async () => {
    const doc = await extractMarkdown(md('---\nJust a rule above a paragraph.'), context)
    expect(doc.metadata.title).toBe('Just a rule above a paragraph.')
  })

  it('refuses an empty file', async () => {
    await expect(extractMarkdown(md('\n\n  \n'), context)).rejects.toThrow(new ImportError('the file is empty'))
  })
})
