import { readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import type { Source } from '../../../shared/model'
import { checkWorkspace } from '../check-workspace'
import { newWorkspace } from '../testing/fixtures'
import { layout } from '../workspace-layout'
import { WorkspaceStore } from '../workspace-store'
import { importJsonPack } from './import-pack'
import { exportJsonPack, type JsonClausePack } from './json-pack'
import { exportMarkdown } from './markdown'

const SAMPLE_DRAFT = 'drf_ciiclausepack'

/** The Markdown export without the two front-matter lines that name the workspace and the draft id. */
const body = (markdown: string) => markdown.replace(/^workspace: .*\n/m, '').replace(/^draft: .*\n/m, '')

/** A pack with each source's workspace-specific id and import time replaced by its text hash. */
function portable(json: string) {
  const pack = JSON.parse(json) as JsonClausePack
  const hashOf = new Map(pack.sources.map((s) => [s.id, s.textHash]))
  const bySourceHash = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).map(([id, v]) => [hashOf.get(id), v]).sort(([a], [b]) => String(a).localeCompare(String(b))))
  return {
    ...pack,
    draft: { ...pack.draft, id: 'drf_normalised' },
    clippings: pack.clippings.map((c) => ({ ...c, sourceId: hashOf.get(c.sourceId) })),
    sources: pack.sources.map((s: Source) => ({ ...s, id: s.textHash, importedAt: '' })).sort((a, b) => a.id.localeCompare(b.id)),
    texts: bySourceHash(pack.texts),
  }
}

async function samplePack() {
  const { store } = await newWorkspace({ sample: true })
  return { a: store, json: await exportJsonPack(store, SAMPLE_DRAFT) }
}

/** Counts every save, so a refused import can be shown to have written nothing. */
async function watch(dir: string, store: WorkspaceStore) {
  let saves = 0
  store.recorder = () => saves++
  const listing = async () => [(await readdir(layout.sourcesDir(dir))).sort(), (await readdir(layout.draftsDir(dir))).sort()]
  const before = { listing: await listing(), codebook: store.codebook.data }
  return async () => {
    store.recorder = null
    expect(saves).toBe(0)
    expect(await listing()).toEqual(before.listing)
    expect(store.codebook.data).toBe(before.codebook)
  }
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('importJsonPack', () => {
  it('round-trips a draft into an empty workspace without loss', async () => {
    const { a, json } = await samplePack()
    const { dir, store: b } = await newWorkspace()
    const summary = await importJsonPack(b, json)
    const pack = JSON.parse(json) as JsonClausePack
    expect(summary).toEqual({
      draftId: SAMPLE_DRAFT,
      sourcesCreated: pack.sources.length,
      sourcesReused: 0,
      clippingsCreated: pack.clippings.length,
      clippingsReused: 0,
      tagsCreated: 0,
    })
    expect(body(await exportMarkdown(b, summary.draftId))).toBe(body(await exportMarkdown(a, SAMPLE_DRAFT)))
    expect(portable(await exportJsonPack(b, summary.draftId))).toEqual(portable(json))
    // The imported workspace is whole on disk, and reads back the same.
    expect((await checkWorkspace(dir)).findings).toEqual([])
    const reopened = await WorkspaceStore.open(dir)
    expect(await exportMarkdown(reopened, summary.draftId)).toBe(await exportMarkdown(b, summary.draftId))
  })

  it('reuses sources and clippings when imported twice, and gives the second draft a new id', async () => {
    const { json } = await samplePack()
    const { store: b } = await newWorkspace()
    const first = await importJsonPack(b, json)
    const sources = b.sources.size
    const second = await importJsonPack(b, json)
    const pack = JSON.parse(json) as JsonClausePack
    expect(second).toMatchObject({ sourcesCreated: 0, sourcesReused: pack.sources.length, clippingsCreated: 0, clippingsReused: pack.clippings.length, tagsCreated: 0 })
    expect(second.draftId).not.toBe(first.draftId)
    expect(b.sources.size).toBe(sources)
    const draft = b.drafts.get(second.draftId)!.data.draft
    expect(draft.title).toBe(`${pack.draft.title} (imported)`)
    expect(body(await exportMarkdown(b, second.draftId)).replaceAll(' (imported)', '')).toBe(body(await exportMarkdown(b, first.draftId)))
  })

  it('imports into its own workspace by reusing everything', async () => {
    const { a, json } = await samplePack()
    const summary = await importJsonPack(a, json)
    expect(summary).toMatchObject({ sourcesCreated: 0, clippingsCreated: 0, tagsCreated: 0 })
    expect(summary.draftId).not.toBe(SAMPLE_DRAFT)
  })

  it('adds a changed clipping under a new id and cites that one', async () => {
    const { json } = await samplePack()
    const { store: b } = await newWorkspace()
    await importJsonPack(b, json)
    const pack = JSON.parse(json) as JsonClausePack
    const changed = pack.clippings[0]!
    pack.clippings[0] = { ...changed, note: 'a different note' }
    const summary = await importJsonPack(b, JSON.stringify(pack))
    expect(summary).toMatchObject({ clippingsCreated: 1, clippingsReused: pack.clippings.length - 1 })
    const cited = b.drafts.get(summary.draftId)!.data.draft
    const ids = [...cited.preamble, ...cited.articles.flatMap((x) => x.paragraphs)].flatMap((p) => p.clippingIds)
    expect(ids).not.toContain(changed.id)
    const added = ids.find((id) => !pack.clippings.some((c) => c.id === id))!
    const owner = b.sources.get(b.sourceOfClipping(added)!)!
    expect(owner.data.clippings.find((c) => c.id === added)?.note).toBe('a different note')
  })

  it('refuses a pack with a tampered quote and writes nothing', async () => {
    const { json } = await samplePack()
    const { dir, store: b } = await newWorkspace()
    const pack = JSON.parse(json) as JsonClausePack
    pack.clippings[2] = { ...pack.clippings[2]!, quote: `${pack.clippings[2]!.quote} (edited)` }
    const unchanged = await watch(dir, b)
    const error = await refusal(importJsonPack(b, JSON.stringify(pack)))
    expect(error.field).toBe('clippings[2].quote')
    expect(error.message).toContain(pack.clippings[2]!.id)
    expect(error.hint).toMatch(/Nothing was imported/)
    await unchanged()
  })

  it('refuses a source text that was changed after export', async () => {
    const { json } = await samplePack()
    const { dir, store: b } = await newWorkspace()
    const pack = JSON.parse(json) as JsonClausePack
    const id = pack.sources[1]!.id
    pack.texts[id] = pack.texts[id]!.replace(/shall/, 'may')
    const unchanged = await watch(dir, b)
    expect((await refusal(importJsonPack(b, JSON.stringify(pack)))).field).toBe(`texts.${id}`)
    await unchanged()
  })

  it('refuses a schema-invalid pack, naming the field', async () => {
    const { json } = await samplePack()
    const { dir, store: b } = await newWorkspace()
    const unchanged = await watch(dir, b)
    const pack = JSON.parse(json) as JsonClausePack
    const bad = { ...pack, clippings: pack.clippings.map((c, i) => (i === 1 ? { ...c, start: -4 } : c)) }
    const error = await refusal(importJsonPack(b, JSON.stringify(bad)))
    expect(error.code).toBe('invalid-input')
    expect(error.field).toBe('clippings[1].start')
    expect(error.message).toContain('clippings[1].start')
    const untitled = { ...pack, draft: { ...pack.draft, title: '' } }
    expect((await refusal(importJsonPack(b, JSON.stringify(untitled)))).field).toBe('draft.title')
    expect((await refusal(importJsonPack(b, '{"format": "something else"}'))).field).toBe('format')
    expect((await refusal(importJsonPack(b, json.slice(0, 200)))).message).toMatch(/not valid JSON/)
    expect((await refusal(importJsonPack(b, JSON.stringify({ ...pack, formatVersion: 2 })))).code).toBe('newer-format')
    const dangling = { ...pack, clippings: pack.clippings.slice(1) }
    expect((await refusal(importJsonPack(b, JSON.stringify(dangling)))).field).toMatch(/^draft\..*\.clippingIds\[\d+\]$/)
    await unchanged()
  })

  it('creates the tags the workspace lacks, and matches renamed ids by name under the same parent', async () => {
    const { a, json } = await samplePack()
    const pack = JSON.parse(json) as JsonClausePack
    const { store: b } = await newWorkspace()
    // One used tag has another id here; the rest of the codebook is gone.
    const kept = b.codebook.data.tags.find((t) => t.id === 'tag_prohibition')!
    const parent = b.codebook.data.tags.find((t) => t.id === kept.parentId)!
    const local = { ...kept, id: 'tag_localprohibition', colour: '#000000' }
    await b.saveCodebook({ ...b.codebook.data, tags: [{ ...parent, id: 'tag_localobligation' }, { ...local, parentId: 'tag_localobligation' }] })
    const summary = await importJsonPack(b, json)
    expect(summary.tagsCreated).toBe(pack.tags.length - 2)
    for (const tag of pack.tags.filter((t) => t.id !== kept.id && t.id !== parent.id)) {
      const created = b.codebook.data.tags.find((t) => t.id === tag.id)
      expect(created).toMatchObject({ name: tag.name, colour: tag.colour, description: tag.description })
    }
    const clippings = [...b.sources.values()].flatMap((db) => db.data.clippings)
    const used = clippings.flatMap((c) => [...c.tags, c.obligation?.type, c.obligation?.instrument])
    expect(used).toContain('tag_localprohibition')
    expect(used).not.toContain('tag_prohibition')
    // Names are what the Markdown shows of tags: none, so the export still matches.
    expect(body(await exportMarkdown(b, summary.draftId))).toBe(body(await exportMarkdown(a, SAMPLE_DRAFT)))
  })

  it('reads a pack written before tags and texts were carried, where the workspace already holds them', async () => {
    const { a, json } = await samplePack()
    const { tags: _tags, texts: _texts, ...old } = JSON.parse(json) as JsonClausePack
    expect((await importJsonPack(a, JSON.stringify(old))).sourcesReused).toBe(old.sources.length)
    const { store: b } = await newWorkspace()
    expect((await refusal(importJsonPack(b, JSON.stringify(old)))).field).toMatch(/^texts\.src_/)
  })
})
