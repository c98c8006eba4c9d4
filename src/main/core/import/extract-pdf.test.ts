import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../text'
import { extractPdf, pdfjsOptions } from './extract-pdf'
import { makePdf, makeSamplePdf } from './fixtures/make-pdf'
import { pdfDateToPartialDate } from './pdf-metadata'
import { DEFAULT_LIMITS, ImportError, type ExtractContext, type ExtractedDocument } from './types'

const corpus = new URL('../../../../../shared/corpus/real/', import.meta.url)
const context: ExtractContext = { fileName: 'sample.pdf', limits: DEFAULT_LIMITS }
const GARBLED = "the PDF's text layer looks garbled (fonts without a proper Unicode map)"
// Taken before any extraction: pdf.js loads on the first one.
const engine = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify }

async function corpusPdf(name: string): Promise<ExtractedDocument> {
  return extractPdf(new Uint8Array(await readFile(new URL(name, corpus))), context)
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => new Error('expected an ImportError'),
    (caught: unknown) => caught,
  )
  if (error instanceof ImportError) return error.reason
  throw error
}

/** Each page's text, cut from the whole text at the page offsets. */
function pageTexts(result: ExtractedDocument): string[] {
  const starts = result.pages ?? []
  return starts.map((start, i) => result.text.slice(start, (starts[i + 1] ?? result.text.length + 2) - 2))
}

describe('extractPdf on a generated PDF', () => {
  it('gives exact text, page offsets and metadata', async () => {
    const bytes = makeSamplePdf()
    const result = await extractPdf(bytes, context)
    expect(pageTexts(result)).toEqual([
      'Sample Heading\n\nThe first line of a wrapped paragraph continues here.\n\nSecond paragraph with café.',
      'Page two speaks of cyber security and state-sponsored actors.',
      '',
    ])
    expect(result.pages).toEqual([0, 100, 163])
    expect(result.metadata).toEqual({
      title: 'Sample Treaty Text',
      authors: ['Jane Analyst', 'John Drafter'],
      date: '2024-03-28',
      language: 'en-GB',
    })
    expect(result.warnings).toEqual(['1 of 3 pages had no text'])
    expect(bytes.byteLength).toBeGreaterThan(0)
  })

  it('imports an AES-256 PDF whose user password is empty', async () => {
    // Made with: qpdf --encrypt "" owner-secret 256 -- sample.pdf sample-aes256-empty-user-password.pdf
    const bytes = new Uint8Array(await readFile(new URL('fixtures/sample-aes256-empty-user-password.pdf', import.meta.url)))
    const result = await extractPdf(bytes, context)
    expect(result.text.startsWith('Sample Heading\n\nThe first line')).toBe(true)
  })

  it('reads only limits.maxPages pages and says so', async () => {
    const result = await extractPdf(makeSamplePdf(), { ...context, limits: { ...DEFAULT_LIMITS, maxPages: 1 } })
    expect(result.pages).toEqual([0])
    expect(result.warnings).toEqual(['only the first 1 of 3 pages were imported (the page limit is 1)'])
  })

  it('refuses a PDF without any text, and truncated or foreign bytes as damaged', async () => {
    expect(await reasonOf(extractPdf(makePdf({ pages: [[], []] }), context))).toBe(
      'scanned, no text layer: this PDF holds only images; run OCR on it first',
    )
    const truncated = makeSamplePdf().subarray(0, 200)
    expect(await reasonOf(extractPdf(truncated, context))).toMatch(/^the PDF is damaged: /)
    expect(await reasonOf(extractPdf(new TextEncoder().encode('hello'), context))).toBe('the PDF is damaged: invalid PDF structure')
  })

  it('never evaluates script, even from a font matrix crafted as in CVE-2024-4367', async () => {
    expect(pdfjsOptions(new Uint8Array()).isEvalSupported).toBe(false)
    const hostile = makePdf({
      fontDictionary:
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FontMatrix [0.001 0 0 0.001 0 (0\\); globalThis.__pwnedByPdf = 1; //)] >>',
      pages: [[{ text: 'Harmless words.', y: 700 }]],
    })
    const result = await extractPdf(hostile, context)
    expect(result.text).toBe('Harmless words.')
    expect((globalThis as { __pwnedByPdf?: number }).__pwnedByPdf).toBeUndefined()
  })

  it('leaves the engine its own Array.prototype.push and JSON methods (pdf.js bundles replacements)', async () => {
    await extractPdf(makeSamplePdf(), context)
    expect(Array.prototype.push).toBe(engine.push)
    expect(JSON.parse).toBe(engine.parse)
    expect(JSON.stringify).toBe(engine.stringify)
    // What pdf.js needs and Node 20 lacks stays added.
    expect((Promise as { withResolvers?: unknown }).withResolvers).toBeTypeOf('function')
  })

  it('leaves the caller’s bytes usable (pdf.js detaches what it is given)', async () => {
    const bytes = makeSamplePdf()
    await extractPdf(bytes, context)
    expect(bytes.byteLength).toBeGreaterThan(0)
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-')
  })
})

describe('extractPdf on real documents', () => {
  it('paris_call_trust_security_cyberspace_en.pdf: 4 pages of reflowed paragraphs', async () => {
    const result = await corpusPdf('paris_call_trust_security_cyberspace_en.pdf')
    const pages = pageTexts(result)
    expect(pages).toHaveLength(4)
    expect(pages[0]).toMatch(
      /^Cyberspace now plays a crucial role in every aspect of our lives and it is the shared responsibility of a wide variety of actors, in their respective roles, to improve trust, security and stability in cyberspace\.\n\nWe reaffirm our support/,
    )
    expect(pages[1]).toMatch(/^We also welcome efforts by States and non-state actors/)
    expect(result.text).toContain('the Budapest Convention on Cybercrime is a key tool in this regard.')
    expect(normaliseText(result.text)).toBe(result.text)
    expect(result.metadata).toMatchObject({ authors: ['TREHIOU Marie-Lise'], date: '2018-11-09', language: 'fr-FR' })
    expect(result.warnings).toEqual([])
  })

  it('anssi_nis2_plaquette_2024_fr.pdf: French diacritics, title from the first line', async () => {
    const result = await corpusPdf('anssi_nis2_plaquette_2024_fr.pdf')
    expect(result.pages).toHaveLength(9)
    expect(result.metadata.title).toBe('Élever collectivement notre niveau de cybersécurité')
    expect(result.text).toContain('L’ANSSI, en tant qu’autorité nationale en matière de cybersécurité')
    expect(result.warnings).toEqual([])
  })

  it.each([
    ['bbnj_agreement_ru.pdf', 78],
    ['bbnj_agreement_zh.pdf', 60],
    ['bbnj_agreement_ar.pdf', 83],
  ])('%s: imports, but warns that the text layer is garbled', async (name, pageCount) => {
    const result = await corpusPdf(name)
    expect(result.pages).toHaveLength(pageCount)
    expect(result.warnings).toContain(GARBLED)
    expect(result.text).not.toContain('\u0003')
  })

  it('mozilla_subscription_privacy_notice_ru.pdf: sound Cyrillic is not called garbled', async () => {
    const result = await corpusPdf('mozilla_subscription_privacy_notice_ru.pdf')
    expect(result.warnings).toEqual([])
    expect(result.text).toContain('Дата вступления в силу: 17 декабря 2025 г.')
  })

  it('refuses scans without a text layer, encrypted or not, and password-protected files', async () => {
    const scanned = 'scanned, no text layer: this PDF holds only images; run OCR on it first'
    expect(await reasonOf(corpusPdf('scanned_congress_record_image_only.pdf'))).toBe(scanned)
    // Encrypted with an empty user password: it opens, and only then turns out to be a scan.
    expect(await reasonOf(corpusPdf('scanned_congress_record_encrypted_aes128.pdf'))).toBe(scanned)
    expect(await reasonOf(corpusPdf('password_protected_skew_scan_pw-password.pdf'))).toBe(
      'the PDF is password-protected; remove the password and import it again',
    )
  })
})

describe('pdfDateToPartialDate', () => {
  it('keeps what is present and valid', () => {
    expect(pdfDateToPartialDate("D:20240328153000+01'00'")).toBe('2024-03-28')
    expect(pdfDateToPartialDate('D:202403')).toBe('2024-03')
    expect(pdfDateToPartialDate('D:2024')).toBe('2024')
    expect(pdfDateToPartialDate('D:20241399')).toBe('2024')
    expect(pdfDateToPartialDate('yesterday')).toBeUndefined()
    expect(pdfDateToPartialDate(undefined)).toBeUndefined()
  })
})
