import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parseCoreProperties, w3cdtfToPartialDate } from './docx-core-props'
import { extractDocx } from './extract-docx'
import { makeSampleDocx, sampleDocxParts } from './fixtures/make-docx'
import { makeZip } from './fixtures/make-zip'
import { DEFAULT_LIMITS, ImportError, type ExtractContext } from './types'
import { normaliseText } from '../text'

const corpus = new URL('../../../../../shared/corpus/real/', import.meta.url)
const context: ExtractContext = { fileName: 'sample.docx', limits: DEFAULT_LIMITS }

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => new Error('expected an ImportError'),
    (caught: unknown) => caught,
  )
  if (error instanceof ImportError) return error.reason
  throw error
}

describe('extractDocx on a generated document', () => {
  it('keeps headings, paragraphs, nested lists, tables and footnotes, and reads core.xml', async () => {
    const result = await extractDocx(makeSampleDocx(), context)
    expect(result.text).toBe(
      [
        'Draft Convention on Cyber Resilience',
        'Article 1',
        'States Parties shall cooperate in good faith.[1]',
        '- exchange of information\n  - points of contact\n- capacity building',
        'Term\tMeaning\nICT\tinformation & communication technologies',
        'Done at Geneva.',
        'Notes',
        '[1] See the 2015 GGE report.',
      ].join('\n\n'),
    )
    expect(result.metadata).toEqual({
      title: 'Cyber Resilience & Cooperation',
      authors: ['A. Drafter', 'B. Reviewer'],
      date: '2024-03-28',
      language: 'en-GB',
    })
    expect(result.format).toBe('docx')
    expect(result.warnings).toEqual([])
  })

  it('falls back to the first heading for a title when core.xml has none', async () => {
    const parts = sampleDocxParts().filter((part) => part.name !== 'docProps/core.xml')
    const result = await extractDocx(makeZip(parts), context)
    expect(result.metadata).toEqual({ title: 'Draft Convention on Cyber Resilience' })
  })

  it('refuses a zip without word/document.xml, a non-zip and an old .doc', async () => {
    const noDocument = makeZip(sampleDocxParts().filter((part) => part.name !== 'word/document.xml'))
    expect(await reasonOf(extractDocx(noDocument, context))).toBe('this zip archive is not a Word document (it has no word/document.xml)')
    expect(await reasonOf(extractDocx(new TextEncoder().encode('plain text, not a zip at all'), context))).toMatch(
      /^the DOCX file is damaged \(not a valid zip archive/,
    )
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)])
    expect(await reasonOf(extractDocx(ole, context))).toMatch(/old Word \(\.doc\) file or a password-protected document/)
  })

  it('refuses a declared zip bomb before inflating it', async () => {
    const bomb = makeZip([...sampleDocxParts(), { name: 'word/media/bomb.bin', data: new Uint8Array(8 * 1024 * 1024) }])
    expect(await reasonOf(extractDocx(bomb, context))).toMatch(/zip bomb: "word\/media\/bomb.bin" declares 8 MB from \d+ bytes/)
  })

  it('refuses an entry that inflates to more than it declares', async () => {
    const parts = sampleDocxParts().map((part) =>
      part.name === 'word/document.xml' ? { ...part, data: `${String(part.data)}${' '.repeat(4_000_000)}`, declaredSize: 4096 } : part,
    )
    expect(await reasonOf(extractDocx(makeZip(parts), context))).toBe(
      'the DOCX file looks like a zip bomb: "word/document.xml" inflates to more than the 4096 bytes it declares',
    )
  })
})

describe('extractDocx on real documents', () => {
  it('fedramp_oscal_ssp_overview_en.docx: headings, text box text, tables, metadata, no leaked shape offsets', async () => {
    const bytes = new Uint8Array(await readFile(new URL('fedramp_oscal_ssp_overview_en.docx', corpus)))
    const result = await extractDocx(bytes, context)
    expect(result.text.startsWith('Overview\n\nWho Should Use This Document?\n\nThis document is intended')).toBe(true)
    expect(result.text).toContain('Refer to the Guide to OSCAL-based FedRAMP Content for foundational information')
    expect(result.text).toContain('\nTerm\tXML Equivalent\tJSON Equivalent\nField\t')
    expect(result.text).not.toMatch(/403987038281|4039870/)
    expect(normaliseText(result.text)).toBe(result.text)
    expect(result.metadata).toEqual({
      title: 'GUIDE TO OSCAL-BASED FEDRAMP SYSTEM SECURITY PLANS (SSP)',
      authors: ['Brian J. Ruf, CISSP, CCSP, PMP'],
      date: '2022-06-30',
    })
  })

  it('fedramp_working_with_oscal_files_en.docx: tables and code samples, images skipped, title from the first heading', async () => {
    const bytes = new Uint8Array(await readFile(new URL('fedramp_working_with_oscal_files_en.docx', corpus)))
    const result = await extractDocx(bytes, context)
    expect(result.metadata.title).toBe('Working with OSCAL Files')
    expect(result.text).toContain('\n\nSSP Import Representation\n<import-profile href="path/to/profile.xml" />')
    expect(result.text).not.toMatch(/data:image|base64/)
    expect(result.text.length).toBeGreaterThan(5000)
  })
})

describe('core properties', () => {
  it('reads any namespace prefix, unescapes entities and keeps partial dates', () => {
    const xml = '<cp:coreProperties><x:title>A &amp; B &#x2013; C</x:title><dc:creator> </dc:creator><dcterms:modified>2021-13-01</dcterms:modified></cp:coreProperties>'
    expect(parseCoreProperties(xml)).toEqual({ title: 'A & B – C', date: '2021' })
    expect(w3cdtfToPartialDate('2011-10')).toBe('2011-10')
    expect(w3cdtfToPartialDate('not a date')).toBeUndefined()
  })
})
