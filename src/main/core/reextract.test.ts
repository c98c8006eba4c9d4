import { mkdir, readdir, readFile, rename } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { makeAnchor } from '../../shared/anchors'
import { createSourceInput } from '../../shared/api'
import type { Source } from '../../shared/model'
import { addClipping } from './clippings'
import { ExtractionService } from './import/extraction-service'
import { importFile } from './import/import-file'
import { applyReextraction, previewReextraction } from './reextract'
import { restoreSetAsideSources } from './source-placement'
import { createSourceFromText } from './sources'
import { newWorkspace } from './testing/fixtures'
import { folderBytes } from './testing/store-state'
import { textHash } from './text'
import { layout } from './workspace-layout'
import type { WorkspaceStore } from './workspace-store'

const services: ExtractionService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

const ORIGINAL = 'Norms of responsible behaviour\n\nStates should not conduct or knowingly support ICT activity that damages critical infrastructure.\n\nStates should respond to appropriate requests for assistance.\n'
const SENTENCE = 'States should respond to appropriate requests for assistance.'
/** What an older extractor is taken to have produced: a running header the new one leaves out. */
const PREFACE = 'Page header of an old extraction\n\n'

/**
 * Imports ORIGINAL as a file, then gives the source the text an older
 * extractor would have made (PREFACE first), with a clipping on SENTENCE
 * at its offsets in that text, and optionally one on the preface.
 */
async function sourceFromAnOlderExtraction(options: { clipThePreface?: boolean } = {}) {
  const { dir, store } = await newWorkspace()
  const extraction = new ExtractionService()
  services.push(extraction)
  const imported = await importFile(store, extraction, { name: 'norms.txt', bytes: new TextEncoder().encode(ORIGINAL) })
  if (imported.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(imported)}`)
  const current = await store.readText(imported.source.id)
  const older = PREFACE + current
  const record = store.sources.get(imported.source.id)!
  const source: Source = { ...record.data.source, textHash: textHash(older), textLength: older.length }
  await store.replaceSourceText({ source, clippings: [] }, older)
  const at = older.indexOf(SENTENCE)
  const clipping = await addClipping(store, { sourceId: source.id, start: at, end: at + SENTENCE.length })
  if (options.clipThePreface) await addClipping(store, { sourceId: source.id, start: 0, end: 'Page header'.length })
  return { dir, store, extraction, source, clipping, current }
}

const clippingsOf = (store: WorkspaceStore, id: string) => store.sources.get(id)!.data.clippings

describe('re-extracting a source from its original', () => {
  it('previews the clippings kept, moved and orphaned, then applies the new text and moves the clippings to it', async () => {
    const { dir, store, extraction, source, clipping, current } = await sourceFromAnOlderExtraction()
    const before = await folderBytes(dir)
    const plan = await previewReextraction(store, extraction, source.id)
    expect(plan).toMatchObject({ unchanged: false, kept: 0, moved: 1, orphans: [], oldLength: PREFACE.length + current.length, newLength: current.length })
    expect(await folderBytes(dir)).toEqual(before)

    let backedUp = 0
    await applyReextraction(store, extraction, source.id, plan.textHash, async () => backedUp++)
    expect(backedUp).toBe(1)
    expect(await store.readText(source.id)).toBe(current)
    const [moved] = clippingsOf(store, source.id)
    expect(moved?.quote).toBe(SENTENCE)
    expect(moved).toMatchObject({ id: clipping.id, ...makeAnchor(current, current.indexOf(SENTENCE), current.indexOf(SENTENCE) + SENTENCE.length) })
    expect(store.sources.get(source.id)!.data.source).toMatchObject({ textHash: textHash(current), textLength: current.length })
    // The original stays; no folder of the swap is left behind.
    expect((await readdir(layout.sourceDir(dir, source.id))).sort()).toEqual(['clippings', 'original.txt', 'source.json', 'text.txt'])
    expect((await readdir(layout.sourcesDir(dir))).filter((n) => n.startsWith('.'))).toEqual([])

    const again = await previewReextraction(store, extraction, source.id)
    expect(again).toMatchObject({ unchanged: true, kept: 1, moved: 0 })
  })

  it('refuses while a clipping would be orphaned, names it, and changes nothing', async () => {
    const { dir, store, extraction, source } = await sourceFromAnOlderExtraction({ clipThePreface: true })
    const plan = await previewReextraction(store, extraction, source.id)
    expect(plan.orphans).toEqual([expect.objectContaining({ quote: 'Page header', reason: 'the quoted text no longer occurs in the source' })])
    const before = await folderBytes(dir)
    let backedUp = 0
    await expect(applyReextraction(store, extraction, source.id, plan.textHash, async () => backedUp++)).rejects.toThrow(/orphan 1 clipping/)
    expect(backedUp).toBe(0)
    expect(await folderBytes(dir)).toEqual(before)
  })

  it('refuses a text other than the one previewed, and a source with no original file', async () => {
    const { store, extraction, source } = await sourceFromAnOlderExtraction()
    await expect(applyReextraction(store, extraction, source.id, 'f'.repeat(64), async () => undefined)).rejects.toThrow(/another text than the preview/)
    const pasted = await createSourceFromText(store, createSourceInput.parse({ title: 'Pasted', text: 'Pasted text.' }))
    await expect(previewReextraction(store, extraction, pasted.id)).rejects.toThrow(/has no original file/)
  })

  it('puts back a source folder a crash left set aside, or removes it once the new one is in place', async () => {
    const { dir, source } = await sourceFromAnOlderExtraction()
    const live = layout.sourceDir(dir, source.id)
    const setAside = `${layout.sourcesDir(dir)}/.old-${source.id}`
    const text = await readFile(layout.sourceText(dir, source.id), 'utf8')
    await rename(live, setAside)
    expect(await restoreSetAsideSources((await newWorkspace()).store.fs, dir)).toBe(1)
    expect(await readFile(layout.sourceText(dir, source.id), 'utf8')).toBe(text)
    await mkdir(setAside)
    expect(await restoreSetAsideSources((await newWorkspace()).store.fs, dir)).toBe(0)
    expect((await readdir(layout.sourcesDir(dir))).filter((n) => n.startsWith('.'))).toEqual([])
  })
})
