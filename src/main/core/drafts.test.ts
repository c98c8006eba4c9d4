import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { insertArticles, insertParagraph, newArticle, newParagraph, removeParagraph, updateParagraph } from '../../shared/drafting/draft-edits'
import { referenceToken } from '../../shared/drafting/references'
import { AppError } from '../../shared/errors'
import { deleteClippings } from './clippings'
import { createDraft, deleteDraft, getDraft, updateDraft } from './drafts'
import { exportFileName } from './export/export-draft'
import { exportMarkdown } from './export/markdown'
import { exportsFolderChooser, saveExport } from './export/save-export'
import { History } from './history'
import { newWorkspace } from './testing/fixtures'
import { layout } from './workspace-layout'
import { WorkspaceStore } from './workspace-store'

const SAMPLE_DRAFT = 'drf_ciiclausepack'

async function sample() {
  const { dir, store } = await newWorkspace({ sample: true })
  return { dir, store, history: new History(store) }
}

describe('drafts in the core', () => {
  it('creates an empty draft, edits it, and keeps it on disk', async () => {
    const { dir, store } = await sample()
    const draft = await createDraft(store, 'Critical infrastructure')
    const article = newArticle('Scope', [newParagraph('Each State Party shall …', ['clp_gge13gprotect'])])
    const edited = await updateDraft(store, draft.id, insertArticles(draft, [article]))
    expect(edited.articles[0]?.paragraphs[0]?.clippingIds).toEqual(['clp_gge13gprotect'])
    const reopened = await WorkspaceStore.open(dir)
    expect(reopened.drafts.get(draft.id)?.data.draft.articles[0]?.title).toBe('Scope')
  })

  it('refuses a new citation of a clipping that does not exist, and repeated ids', async () => {
    const { store } = await sample()
    const draft = getDraft(store, SAMPLE_DRAFT)
    const bad = updateParagraph(draft, 'par_protreporting', { clippingIds: ['clp_doesnotexist'] })
    await expect(updateDraft(store, SAMPLE_DRAFT, bad)).rejects.toMatchObject({ code: 'invalid-input', field: 'clippingIds' })
    const twice = insertParagraph(draft, 'preamble', { ...draft.preamble[0]! })
    await expect(updateDraft(store, SAMPLE_DRAFT, twice)).rejects.toThrow(/ids twice/)
  })

  it('a clipping deleted after it was cited does not block editing the rest, but blocks the export', async () => {
    const { store } = await sample()
    await deleteClippings(store, ['clp_gge13gprotect'])
    const draft = getDraft(store, SAMPLE_DRAFT)
    await updateDraft(store, SAMPLE_DRAFT, updateParagraph(draft, 'par_protreporting', { text: 'Each State Party shall report annually.' }))
    await expect(exportMarkdown(store, SAMPLE_DRAFT)).rejects.toThrow(/clp_gge13gprotect/)
  })

  it('a reference to a deleted paragraph blocks the export and names the paragraph that holds it', async () => {
    const { store } = await sample()
    let draft = getDraft(store, SAMPLE_DRAFT)
    draft = updateParagraph(draft, 'par_protreporting', { text: `As set out in ${referenceToken('par_coopassistance')}, report.` })
    await updateDraft(store, SAMPLE_DRAFT, draft)
    expect(await exportMarkdown(store, SAMPLE_DRAFT)).toContain('As set out in Article 3(1), report.')
    await updateDraft(store, SAMPLE_DRAFT, removeParagraph(draft, 'par_coopassistance'))
    const error = await exportMarkdown(store, SAMPLE_DRAFT).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(/Article 2\(3\) refers to a deleted article or paragraph/)
  })

  it('typing in one paragraph undoes as one step; a move is a step of its own', async () => {
    const { store, history } = await sample()
    const before = getDraft(store, SAMPLE_DRAFT)
    for (const text of ['E', 'Ea', 'Each']) {
      await history.run('Edit Article 2(3)', () => updateDraft(store, SAMPLE_DRAFT, updateParagraph(getDraft(store, SAMPLE_DRAFT), 'par_protreporting', { text })), 'text:par_protreporting')
    }
    await history.run('Move Article 3 up', async () => {
      const d = getDraft(store, SAMPLE_DRAFT)
      return updateDraft(store, SAMPLE_DRAFT, { ...d, articles: [d.articles[0]!, d.articles[2]!, d.articles[1]!] })
    })
    await history.undo()
    expect(getDraft(store, SAMPLE_DRAFT).articles.map((a) => a.id)).toEqual(before.articles.map((a) => a.id))
    expect(getDraft(store, SAMPLE_DRAFT).articles[1]?.paragraphs[2]?.text).toBe('Each')
    expect((await history.undo()).did).toBe('Edit Article 2(3)')
    expect(getDraft(store, SAMPLE_DRAFT)).toEqual(before)
  })

  it('deletes a draft to the trash, and undo brings it back', async () => {
    const { dir, store, history } = await sample()
    await history.run('Delete draft', () => deleteDraft(store, SAMPLE_DRAFT))
    expect(store.drafts.has(SAMPLE_DRAFT)).toBe(false)
    expect(await readdir(join(layout.trashDir(dir), 'drafts'))).toHaveLength(1)
    await history.undo()
    expect(JSON.parse(await readFile(layout.draftFile(dir, SAMPLE_DRAFT), 'utf8')).draft.id).toBe(SAMPLE_DRAFT)
  })

  it('saves an export where the host chooses, never over an earlier one in the exports folder', async () => {
    const { dir, store } = await sample()
    const choose = exportsFolderChooser(store)
    const first = await saveExport(store, choose, SAMPLE_DRAFT, 'markdown')
    const second = await saveExport(store, choose, SAMPLE_DRAFT, 'markdown')
    expect(first.path).toBe(join(dir, 'exports', 'protection-of-critical-infrastructure-clause-pack-sample.md'))
    expect(second.path).toBe(join(dir, 'exports', 'protection-of-critical-infrastructure-clause-pack-sample-2.md'))
    expect(await readFile(second.path!, 'utf8')).toBe(await exportMarkdown(store, SAMPLE_DRAFT))
    expect(await saveExport(store, async () => null, SAMPLE_DRAFT, 'json')).toEqual({ path: null })
  })

  it('names export files from the title in any script', () => {
    expect(exportFileName('Protection of critical infrastructure: clause pack', 'markdown')).toBe('protection-of-critical-infrastructure-clause-pack.md')
    expect(exportFileName('Проект статьи 3', 'json')).toBe('проект-статьи-3.json')
    expect(exportFileName('???', 'csv')).toBe('clause-pack-evidence.csv')
  })
})
