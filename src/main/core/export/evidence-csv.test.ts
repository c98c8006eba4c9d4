import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { referenceToken } from '../../../shared/drafting/references'
import { saveDraft } from '../drafts'
import { newWorkspace } from '../testing/fixtures'
import type { WorkspaceStore } from '../workspace-store'
import { parseCsv } from '../../../shared/testing/parse-csv'
import { EVIDENCE_COLUMNS, exportEvidenceCsv } from './evidence-csv'

const golden = new URL('./fixtures/sample-evidence.csv', import.meta.url)
const SAMPLE_DRAFT = 'drf_ciiclausepack'

/** The cells of an exported CSV, after its byte-order mark. */
function parseExport(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  return parseCsv(csv.slice(1))
}

function sampleDraft(store: WorkspaceStore) {
  return store.drafts.get(SAMPLE_DRAFT)!.data.draft
}

describe('exportEvidenceCsv', () => {
  it('writes the sample evidence table exactly as the golden file, the same bytes twice', async () => {
    const { store } = await newWorkspace({ sample: true })
    const csv = await exportEvidenceCsv(store, SAMPLE_DRAFT)
    if (process.env.UPDATE_GOLDEN) await writeFile(golden, csv)
    expect(csv).toBe(await readFile(golden, 'utf8'))
    expect(await exportEvidenceCsv(store, SAMPLE_DRAFT)).toBe(csv)
  })

  it('has one row per paragraph and clipping, in draft order, and one empty-evidence row for an unsupported paragraph', async () => {
    const { store } = await newWorkspace({ sample: true })
    const [header, ...rows] = parseExport(await exportEvidenceCsv(store, SAMPLE_DRAFT))
    expect(header).toEqual([...EVIDENCE_COLUMNS])
    const draft = sampleDraft(store)
    const paragraphs = [...draft.preamble, ...draft.articles.flatMap((a) => a.paragraphs)]
    expect(rows).toHaveLength(paragraphs.reduce((n, p) => n + Math.max(1, p.clippingIds.length), 0))
    expect(rows.every((r) => r.length === EVIDENCE_COLUMNS.length)).toBe(true)
    expect(rows[0]?.[0]).toBe('Preamble paragraph 1')
    const firstArticle = rows.find((r) => r[0] === 'Article 1(1)')!
    const clipping = [...store.sources.values()].flatMap((db) => db.data.clippings).find((c) => c.id === draft.articles[0]!.paragraphs[0]!.clippingIds[0])!
    expect(firstArticle[3]).toBe(clipping.quote)
    const bare = paragraphs.find((p) => p.clippingIds.length === 0)!
    const bareRows = rows.filter((r) => r[1] === bare.text)
    expect(bareRows).toHaveLength(1)
    expect(bareRows[0]!.slice(3).every((cell) => cell === '')).toBe(true)
    expect(bareRows[0]![2]).toBe(bare.status)
  })

  it('names tags, gives the page, resolves references, and keeps formulas inert', async () => {
    const { store } = await newWorkspace({ sample: true })
    const draft = sampleDraft(store)
    const target = draft.articles[1]!.paragraphs[0]!
    const cited = target.clippingIds[0]!
    const db = store.sources.get(store.sourceOfClipping(cited)!)!
    const clipping = db.data.clippings.find((c) => c.id === cited)!
    await store.saveSource({
      ...db.data,
      source: { ...db.data.source, pages: [0, clipping.start] },
      clippings: db.data.clippings.map((c) => (c.id === cited ? { ...c, note: '=HYPERLINK("http://x")' } : c)),
    })
    const paragraph = { id: 'par_crossref01', text: `As in ${referenceToken(target.id)}, =1+1`, clippingIds: [cited], status: 'draft' as const, alternatives: ['alt wording'] }
    await saveDraft(store, { ...draft, articles: draft.articles.map((a, i) => (i === 2 ? { ...a, paragraphs: [...a.paragraphs, paragraph] } : a)) })

    const csv = await exportEvidenceCsv(store, SAMPLE_DRAFT)
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`)
    const rows = parseExport(csv).slice(1)
    const added = rows.find((r) => r[0] === 'Article 3(3)')!
    expect(added[1]).toBe('As in Article 2(1), =1+1 [alt wording]')
    expect(added[7]).toBe('2')
    expect(added[14]).toBe(`'=HYPERLINK("http://x")`)
    const tagNames = new Map(store.codebook.data.tags.map((t) => [t.id, t.name]))
    expect(added[8]).toBe(clipping.tags.map((t) => tagNames.get(t)).join('; '))
    expect(added[9]).toBe(tagNames.get(clipping.obligation!.type!))
    expect(added[12]).toBe(tagNames.get(clipping.obligation!.instrument!))
    expect(added[10]).toBe(clipping.obligation!.modality)
  })

  it('stops when a quote no longer matches its source', async () => {
    const { store } = await newWorkspace({ sample: true })
    const db = [...store.sources.values()][0]!
    await store.saveSource({ ...db.data, clippings: db.data.clippings.map((c, i) => (i === 0 ? { ...c, quote: `${c.quote}!` } : c)) })
    const error = await exportEvidenceCsv(store, SAMPLE_DRAFT).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(/Export stopped/)
  })
})
