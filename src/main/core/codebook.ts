import type { z } from 'zod'
import type { createTagInput, tagPatchSchema } from '../../shared/codebook-inputs'
import { AppError } from '../../shared/errors'
import type { Clipping, Tag } from '../../shared/model'
import { newId } from '../../shared/ids'
import { keepInTrash } from './trash'
import type { WorkspaceStore } from './workspace-store'

const PALETTE = ['#cfe3ff', '#d7f0d2', '#ffe3c2', '#f3d4f5', '#fde2e4', '#d9f2f2', '#ece4ff', '#f5ecc8']

function tagOrThrow(store: WorkspaceStore, id: string): Tag {
  const tag = store.codebook.data.tags.find((t) => t.id === id)
  if (!tag) throw new AppError({ code: 'not-found', message: `No tag with id ${id} in the codebook.`, hint: 'Reload the codebook.' })
  return tag
}

/** The tag and all the tags under it. */
export function subtreeIds(tags: readonly Tag[], rootId: string): Set<string> {
  const ids = new Set([rootId])
  let grew = true
  while (grew) {
    grew = false
    for (const t of tags) {
      if (t.parentId && ids.has(t.parentId) && !ids.has(t.id)) {
        ids.add(t.id)
        grew = true
      }
    }
  }
  return ids
}

export async function createTag(store: WorkspaceStore, input: z.output<typeof createTagInput>): Promise<Tag> {
  const tags = store.codebook.data.tags
  const parent = input.parentId ? tagOrThrow(store, input.parentId) : null
  const tag: Tag = {
    id: newId('tag'),
    parentId: parent?.id ?? null,
    name: input.name,
    colour: input.colour ?? parent?.colour ?? (PALETTE[tags.filter((t) => !t.parentId).length % PALETTE.length] as string),
    description: input.description,
  }
  await store.saveCodebook({ ...store.codebook.data, tags: [...tags, tag] })
  return tag
}

/** Renames, recolours, describes or moves a tag; refuses a move under its own subtree. */
export async function updateTag(store: WorkspaceStore, id: string, patch: z.output<typeof tagPatchSchema>): Promise<Tag> {
  const tags = store.codebook.data.tags
  const tag = tagOrThrow(store, id)
  if (patch.parentId) {
    tagOrThrow(store, patch.parentId)
    if (subtreeIds(tags, id).has(patch.parentId)) {
      throw new AppError({
        code: 'invalid-input',
        message: `"${tag.name}" cannot move under itself or one of its own child tags.`,
        field: 'parentId',
      })
    }
  }
  const next: Tag = { ...tag, ...patch }
  // A facet marks a top-level group; a tag moved under another loses it.
  if (next.parentId !== null) delete next.facet
  await store.saveCodebook({ ...store.codebook.data, tags: tags.map((t) => (t.id === id ? next : t)) })
  return next
}

/** Replaces tag ids in every clipping (tags and obligation references) where `map` says so. */
async function rewriteClippingTags(store: WorkspaceStore, map: (id: string) => string | null): Promise<number> {
  let changed = 0
  for (const db of [...store.sources.values()]) {
    let touched = false
    const clippings = db.data.clippings.map((c): Clipping => {
      const tags = [...new Set(c.tags.map(map).filter((t): t is string => t !== null))]
      const type = c.obligation?.type ? map(c.obligation.type) : null
      const instrument = c.obligation?.instrument ? map(c.obligation.instrument) : null
      const same =
        tags.length === c.tags.length &&
        tags.every((t, i) => t === c.tags[i]) &&
        (c.obligation?.type ?? null) === type &&
        (c.obligation?.instrument ?? null) === instrument
      if (same) return c
      touched = true
      changed++
      const next: Clipping = { ...c, tags }
      if (c.obligation) next.obligation = { ...c.obligation, type, instrument }
      return next
    })
    if (touched) await store.saveSource({ ...db.data, clippings })
  }
  return changed
}

/** Merges `fromId` into `intoId`: clippings and child tags follow, then `fromId` is removed. */
export async function mergeTags(store: WorkspaceStore, fromId: string, intoId: string): Promise<number> {
  const from = tagOrThrow(store, fromId)
  const into = tagOrThrow(store, intoId)
  if (subtreeIds(store.codebook.data.tags, fromId).has(intoId)) {
    throw new AppError({ code: 'invalid-input', message: `"${from.name}" cannot merge into "${into.name}", which is inside it.`, field: 'intoId' })
  }
  const moved = await rewriteClippingTags(store, (id) => (id === fromId ? intoId : id))
  const tags = store.codebook.data.tags
    .filter((t) => t.id !== fromId)
    .map((t) => (t.parentId === fromId ? { ...t, parentId: intoId } : t))
  await store.saveCodebook({ ...store.codebook.data, tags })
  return moved
}

/** Deletes a tag and its subtree, removing them from every clipping; a copy goes to trash/. */
export async function deleteTag(store: WorkspaceStore, id: string): Promise<{ tagsDeleted: number; clippingsUntagged: number }> {
  tagOrThrow(store, id)
  const doomed = subtreeIds(store.codebook.data.tags, id)
  await keepInTrash(store, 'tags', store.codebook.data.tags.filter((t) => doomed.has(t.id)))
  const clippingsUntagged = await rewriteClippingTags(store, (t) => (doomed.has(t) ? null : t))
  await store.saveCodebook({ ...store.codebook.data, tags: store.codebook.data.tags.filter((t) => !doomed.has(t.id)) })
  return { tagsDeleted: doomed.size, clippingsUntagged }
}
