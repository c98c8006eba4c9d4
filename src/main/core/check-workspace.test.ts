import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { checkWorkspace } from './check-workspace'
import { newWorkspace } from './testing/fixtures'
import { layout } from './workspace-layout'

describe('checkWorkspace', () => {
  it('finds no problem in a fresh or a sample workspace', async () => {
    for (const sample of [false, true]) {
      const { dir } = await newWorkspace({ sample })
      const report = await checkWorkspace(dir)
      expect(report.findings).toEqual([])
      expect(report.filesChecked).toBeGreaterThan(1)
    }
  })

  it('names a truncated file and leaves it in place', async () => {
    const { dir, store } = await newWorkspace({ sample: true })
    const id = [...store.sources.keys()][0]!
    const path = layout.sourceFile(dir, id)
    const bytes = (await readFile(path)).subarray(0, 200)
    await writeFile(path, bytes)
    const report = await checkWorkspace(dir)
    expect(report.findings).toEqual([
      expect.objectContaining({ file: `sources/${id}/source.json`, problem: expect.stringMatching(/truncated or malformed/) }),
      ...report.findings.slice(1),
    ])
    expect(await readFile(path)).toEqual(bytes)
  })

  it('reports a text changed behind our back and the clippings it breaks', async () => {
    const { dir, store } = await newWorkspace({ sample: true })
    const db = [...store.sources.values()].find((d) => d.data.clippings.length > 0)!
    const id = db.data.source.id
    const text = await readFile(layout.sourceText(dir, id), 'utf8')
    await writeFile(layout.sourceText(dir, id), `Inserted. ${text}`)
    const problems = (await checkWorkspace(dir)).findings.map((f) => f.problem)
    expect(problems).toContain('the text changed since import (its hash differs)')
    expect(problems.some((p) => p.startsWith(`clipping ${db.data.clippings[0]!.id} no longer matches`))).toBe(true)
  })

  it('reports a draft citing a clipping that does not exist', async () => {
    const { dir, store } = await newWorkspace({ sample: true })
    const draft = [...store.drafts.values()][0]!.data
    const path = layout.draftFile(dir, draft.draft.id)
    const json = JSON.parse(await readFile(path, 'utf8'))
    json.draft.articles[0].paragraphs[0].clippingIds.push('clp_gone000')
    await writeFile(path, JSON.stringify(json))
    const report = await checkWorkspace(dir)
    expect(report.findings).toEqual([{ file: `drafts/${draft.draft.id}.json`, problem: 'cites clipping clp_gone000, which does not exist' }])
  })
})
