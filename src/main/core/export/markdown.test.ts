import { execFileSync, spawnSync } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { newWorkspace } from '../testing/fixtures'
import { layout } from '../workspace-layout'
import { exportJsonPack } from './json-pack'
import { escapeMarkdown } from './markdown-escape'
import { exportMarkdown } from './markdown'

const golden = new URL('./fixtures/sample-pack.md', import.meta.url)
const SAMPLE_DRAFT = 'drf_ciiclausepack'

describe('exportMarkdown', () => {
  it('renders the sample clause pack exactly as the golden file, and the same bytes twice', async () => {
    const { store } = await newWorkspace({ sample: true })
    const markdown = await exportMarkdown(store, SAMPLE_DRAFT)
    if (process.env.UPDATE_GOLDEN) await writeFile(golden, markdown)
    expect(markdown).toBe(await readFile(golden, 'utf8'))
    expect(await exportMarkdown(store, SAMPLE_DRAFT)).toBe(markdown)
    expect(await exportMarkdown(store, SAMPLE_DRAFT, { date: '2026-11-28' })).toContain('\ndate: 2026-11-28\n')
  })

  it('renders in pandoc with every footnote resolved and every article heading', async () => {
    expect(spawnSync('pandoc', ['--version']).status, 'pandoc must be installed (.ci/run installs it)').toBe(0)
    const { store } = await newWorkspace({ sample: true })
    const markdown = await exportMarkdown(store, SAMPLE_DRAFT)
    const html = execFileSync('pandoc', ['-f', 'commonmark_x', '-t', 'html', '--wrap=none'], { input: markdown, encoding: 'utf8' })
    expect(html).not.toContain('[^')
    const footnotes = [...markdown.matchAll(/^\[\^(\d+)\]:/gm)].length
    expect(footnotes).toBe(7)
    expect(html.match(/<li id="fn\d+"/g)).toHaveLength(footnotes)
    for (const heading of ['Article 1 — Definitions', 'Article 2 — Protection of critical infrastructure', 'Article 3 — Cooperation and assistance']) {
      expect(html).toContain(`>${heading}</h2>`)
    }
    expect(html).toContain('<h2 id="annex-supporting-excerpts">Annex: supporting excerpts</h2>')
    expect(html.match(/<strong>Excerpt \d+<\/strong>/g)).toHaveLength(17)
  })

  it('stops the export and names the clipping when a quote no longer matches its source', async () => {
    const { dir, store } = await newWorkspace({ sample: true })
    const db = [...store.sources.values()].find((d) => d.data.clippings.some((c) => c.id === 'clp_ggerestraint'))
    const source = db ?? [...store.sources.values()][0]!
    const cited = source.data.clippings[0]!
    const tampered = { ...source.data, clippings: source.data.clippings.map((c) => (c.id === cited.id ? { ...c, quote: `${c.quote} (edited)` } : c)) }
    await store.saveSource(tampered)
    const error = await exportMarkdown(store, SAMPLE_DRAFT).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(new RegExp(`Export stopped: 1 quote\\(s\\) no longer match.*clipping ${cited.id}`))
    await expect(exportJsonPack(store, SAMPLE_DRAFT)).rejects.toThrow(/Export stopped/)
    const shards = layout.clippingsDir(dir, cited.sourceId)
    const onDisk = await Promise.all((await readdir(shards)).map((name) => readFile(join(shards, name), 'utf8')))
    expect(onDisk.join('')).toContain('(edited)')
  })

  it('escapes drafted text so it cannot turn into markup', () => {
    expect(escapeMarkdown('1. [shall] *not* <b>x</b>')).toBe('1\\. \\[shall\\] \\*not\\* \\<b\\>x\\</b\\>')
    expect(escapeMarkdown('# not a heading\n- not a list')).toBe('\\# not a heading\n\\- not a list')
  })
})

describe('exportJsonPack', () => {
  it('holds the draft, every cited clipping and its source, sorted, the same bytes twice', async () => {
    const { store } = await newWorkspace({ sample: true })
    const json = await exportJsonPack(store, SAMPLE_DRAFT)
    const pack = JSON.parse(json)
    expect(pack).toMatchObject({ format: 'clausewright-clause-pack', formatVersion: 1, draft: { id: SAMPLE_DRAFT } })
    const cited = new Set(
      [...pack.draft.preamble, ...pack.draft.articles.flatMap((a: { paragraphs: unknown[] }) => a.paragraphs)].flatMap(
        (p: { clippingIds: string[] }) => p.clippingIds,
      ),
    )
    expect(new Set(pack.clippings.map((c: { id: string }) => c.id))).toEqual(cited)
    expect(pack.sources.every((s: { title: string }) => s.title.length > 0)).toBe(true)
    expect(await exportJsonPack(store, SAMPLE_DRAFT)).toBe(json)
  })
})
