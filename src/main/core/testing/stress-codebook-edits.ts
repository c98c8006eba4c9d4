import { createTagInput } from '../../../shared/codebook-inputs'
import { createTag, deleteTag, mergeTags, subtreeIds, updateTag } from '../codebook'
import type { WorkspaceStore } from '../workspace-store'
import type { Planner } from './stress-edits'
import { colour, phrase } from './stress-text'

/** Names of tags the stress run creates, so that it deletes and merges only its own. */
export const STRESS_TAG = 'Stress tag'

/** The clippings that refer to any of these tags, as tags or as obligation fields: what a merge or deletion rewrites. */
function usersOf(store: WorkspaceStore, tagIds: ReadonlySet<string>): string[] {
  return [...store.sources.values()]
    .flatMap((db) => db.data.clippings)
    .filter((c) => c.tags.some((t) => tagIds.has(t)) || tagIds.has(c.obligation?.type ?? '') || tagIds.has(c.obligation?.instrument ?? ''))
    .map((c) => `clipping:${c.id}`)
}

/** Codebook work: new tags, renames and moves, and deletions and merges of the run's own tags. */
export const codebookPlanners: Record<string, Planner> = {
  createTag: (ctx) => {
    const tags = ctx.store.codebook.data.tags
    if (tags.length >= 100) return null
    const parent = ctx.rng.chance(0.6) && tags.length > 0 ? ctx.rng.pick(tags).id : null
    const input = createTagInput.parse({ name: `${STRESS_TAG} ${ctx.label}`, parentId: parent, description: ctx.rng.chance(0.5) ? phrase(ctx.rng) : '' })
    return { label: ctx.label, touches: ['codebook'], creates: null, run: () => ctx.history.run(ctx.label, () => createTag(ctx.store, input)) }
  },
  updateTag: (ctx) => {
    const { rng } = ctx
    const tags = ctx.store.codebook.data.tags
    if (tags.length === 0) return null
    const tag = rng.pick(tags)
    const below = subtreeIds(tags, tag.id)
    const parents = tags.filter((t) => !below.has(t.id))
    const patch = rng.weighted([
      [3, { description: phrase(rng) }],
      [2, { colour: colour(rng) }],
      [1, { name: `${tag.name.startsWith(STRESS_TAG) ? STRESS_TAG : 'Renamed'} ${ctx.label}` }],
      [1, { parentId: rng.chance(0.3) || parents.length === 0 ? null : rng.pick(parents).id }],
    ] as const)
    return { label: ctx.label, touches: ['codebook'], creates: null, run: () => ctx.history.run(ctx.label, () => updateTag(ctx.store, tag.id, patch)) }
  },
  deleteTag: (ctx) => {
    const tags = ctx.store.codebook.data.tags
    const own = tags.filter((t) => t.name.startsWith(STRESS_TAG))
    if (own.length === 0) return null
    const tag = ctx.rng.pick(own)
    const doomed = subtreeIds(tags, tag.id)
    return { label: ctx.label, touches: ['codebook', ...usersOf(ctx.store, doomed)], creates: null, run: () => ctx.history.run(ctx.label, () => deleteTag(ctx.store, tag.id)) }
  },
  mergeTags: (ctx) => {
    const tags = ctx.store.codebook.data.tags
    const own = tags.filter((t) => t.name.startsWith(STRESS_TAG))
    if (own.length === 0 || tags.length < 2) return null
    const from = ctx.rng.pick(own)
    const below = subtreeIds(tags, from.id)
    const targets = tags.filter((t) => !below.has(t.id))
    if (targets.length === 0) return null
    const into = ctx.rng.pick(targets)
    return { label: ctx.label, touches: ['codebook', ...usersOf(ctx.store, new Set([from.id]))], creates: null, run: () => ctx.history.run(ctx.label, () => mergeTags(ctx.store, from.id, into.id)) }
  },
}
