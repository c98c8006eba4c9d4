import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { addClipping, bulkUpdateClippings, deleteClippings, updateClipping } from './clippings'
import { createTag, deleteTag, mergeTags, updateTag } from './codebook'
import { History } from './history'
import { newWorkspace } from './testing/fixtures'
import { saveView } from './views'
import { layout } from './workspace-layout'
import { WorkspaceStore } from './workspace-store'

async function sampleWithHistory() {
  const { dir, store } = await newWorkspace({ sample: true })
  return { dir, store, history: new History(store) }
}

const fileText = (path: string) => readFile(path, 'utf8')

describe('History', () => {
  it('undoes and redoes a chain of clipping edits exactly, on disk', async () => {
    const { dir, store, history } = await sampleWithHistory()
    const source = [...store.sources.values()][0]!.data.source
    const path = layout.sourceFile(dir, source.id)
    const original = await fileText(path)

    const clip = await history.run('Clip a passage', () => addClipping(store, { sourceId: source.id, start: 4, end: 30 }))
    const afterClip = await fileText(path)
    await history.run('Edit clipping', () => updateClipping(store, clip.id, { tags: ['tag_prohibition'], note: 'n' }))
    await history.run('Delete 1 clipping', () => deleteClippings(store, [clip.id]))
    expect(history.state()).toEqual({ undoLabel: 'Delete 1 clipping', redoLabel: null })

    expect((await history.undo()).did).toBe('Delete 1 clipping')
    expect(store.sources.get(source.id)!.data.clippings.find((c) => c.id === clip.id)?.note).toBe('n')
    await history.undo()
    expect(await fileText(path)).toBe(afterClip)
    await history.undo()
    expect(await fileText(path)).toBe(original)
    expect(history.state()).toEqual({ undoLabel: null, redoLabel: 'Clip a passage' })
    expect((await history.undo()).did).toBeNull()

    await history.redo()
    await history.redo()
    const reopened = await WorkspaceStore.open(dir)
    expect(reopened.sources.get(source.id)!.data.clippings.find((c) => c.id === clip.id)).toMatchObject({
      tags: ['tag_prohibition'],
      note: 'n',
    })
  })

  it('a new operation clears what could be redone', async () => {
    const { store, history } = await sampleWithHistory()
    await history.run('New tag A', () => createTag(store, { name: 'A', parentId: null, description: '' }))
    await history.undo()
    await history.run('New tag B', () => createTag(store, { name: 'B', parentId: null, description: '' }))
    expect(history.state()).toEqual({ undoLabel: 'New tag B', redoLabel: null })
  })

  it('keeps deleted clippings in the trash folder', async () => {
    const { dir, store, history } = await sampleWithHistory()
    const ids = [...store.sources.values()].flatMap((db) => db.data.clippings.map((c) => c.id)).slice(0, 3)
    await history.run('Delete 3 clippings', () => deleteClippings(store, ids))
    const [trashFile] = await readdir(layout.trashDir(dir))
    const kept = JSON.parse(await fileText(join(layout.trashDir(dir), trashFile!)))
    expect(kept.payload.map((c: { id: string }) => c.id).sort()).toEqual([...ids].sort())
  })
})

describe('codebook operations', () => {
  it('merging moves clippings (tags and obligation fields) and children, and undoes', async () => {
    const { store, history } = await sampleWithHistory()
    const users = () =>
      [...store.sources.values()].flatMap((db) => db.data.clippings).filter((c) => c.tags.includes('tag_positiveobligation') || c.obligation?.type === 'tag_positiveobligation')
    const before = users().length
    expect(before).toBeGreaterThan(0)
    const moved = await history.run('Merge', () => mergeTags(store, 'tag_positiveobligation', 'tag_prohibition'))
    expect(moved).toBe(before)
    expect(users()).toHaveLength(0)
    expect(store.codebook.data.tags.some((t) => t.id === 'tag_positiveobligation')).toBe(false)
    await history.undo()
    expect(users()).toHaveLength(before)
  })

  it('deleting a group removes its subtree from clippings, and undo brings all back', async () => {
    const { store, history } = await sampleWithHistory()
    const sector = store.codebook.data.tags.find((t) => t.facet === 'sector')!
    const tagCount = store.codebook.data.tags.length
    const result = await history.run('Delete tag', () => deleteTag(store, sector.id))
    expect(result.tagsDeleted).toBeGreaterThan(1)
    expect(result.clippingsUntagged).toBeGreaterThan(0)
    await history.undo()
    expect(store.codebook.data.tags).toHaveLength(tagCount)
  })

  it('refuses to move a tag under its own child', async () => {
    const { store } = await sampleWithHistory()
    const child = store.codebook.data.tags.find((t) => t.parentId !== null)!
    const error = await updateTag(store, child.parentId!, { parentId: child.id }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(/cannot move under itself/)
  })

  it('bulk edits add and remove tags and set obligation fields', async () => {
    const { store } = await sampleWithHistory()
    const all = [...store.sources.values()].flatMap((db) => db.data.clippings)
    const ids = all.slice(0, 5).map((c) => c.id)
    expect(await bulkUpdateClippings(store, { ids, addTags: ['tag_prohibition'], removeTags: [], obligation: { stance: 'opposes' } })).toBe(5)
    const now = [...store.sources.values()].flatMap((db) => db.data.clippings).filter((c) => ids.includes(c.id))
    expect(now.every((c) => c.tags.includes('tag_prohibition') && c.obligation?.stance === 'opposes')).toBe(true)
  })

  it('saved views are replaced by name and undoable', async () => {
    const { store, history } = await sampleWithHistory()
    const state = { globalFilter: 'x', columnFilters: [], sorting: [], columnVisibility: {} }
    const first = await history.run('Save view', () => saveView(store, { name: 'Mine', table: 'clippings', state }))
    const second = await history.run('Save view', () => saveView(store, { name: 'Mine', table: 'clippings', state: { ...state, globalFilter: 'y' } }))
    expect(second.id).toBe(first.id)
    expect(store.views.data.views).toHaveLength(1)
    await history.undo()
    expect(store.views.data.views[0]?.state.globalFilter).toBe('x')
  })
})
