import { makeAnchor } from '../../../shared/anchors'
import { createSourceInput } from '../../../shared/api'
import type { ClippingPatch } from '../../../shared/clipping-inputs'
import { modalities, sourceKinds, stances, type Clipping, type Obligation } from '../../../shared/model'
import { addClipping, deleteClippings, updateClipping } from '../clippings'
import type { History } from '../history'
import { createSourceFromText, updateSource } from '../sources'
import { textHash } from '../text'
import type { WorkspaceStore } from '../workspace-store'
import { codebookPlanners } from './stress-codebook-edits'
import { draftEdit } from './stress-draft-edits'
import type { SeededRandom } from './seeded-random'
import { phrase, sourceText } from './stress-text'
import type { EntityKind } from './workspace-entities'

/** One edit chosen for a stress run, announced before it runs. */
export interface PlannedEdit {
  label: string
  /** Entities the edit may change or remove. */
  touches: string[]
  /** The kind of entity it may add. */
  creates: EntityKind | null
  /** Runs the edit through the real core; resolves once the core says it is saved. */
  run: () => Promise<unknown>
}

/** What an edit planner sees: the open store, its undo history, the generator, and what earlier edits touched. */
export interface EditContext {
  store: WorkspaceStore
  history: History
  rng: SeededRandom
  /** A label unique to this edit (undo steps are found by it). */
  label: string
  /** For each undoable step of this process, the entities it changed: what its undo or redo may touch. */
  touchedBy: ReadonlyMap<string, string[]>
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

function clippingsOf(store: WorkspaceStore): Clipping[] {
  return [...store.sources.values()].flatMap((db) => db.data.clippings).sort(byId)
}

function obligation(ctx: EditContext): Obligation {
  const { rng } = ctx
  const tags = ctx.store.codebook.data.tags
  return {
    type: rng.chance(0.7) && tags.length > 0 ? rng.pick(tags).id : null,
    modality: rng.pick(['', ...modalities]),
    bearer: rng.chance(0.5) ? 'States' : phrase(rng),
    scope: rng.chance(0.5) ? '' : phrase(rng),
    instrument: rng.chance(0.5) && tags.length > 0 ? rng.pick(tags).id : null,
    stance: rng.pick(['', ...stances]),
  }
}

function clippingPatch(ctx: EditContext, clipping: Clipping, textLength: number): ClippingPatch {
  const { rng } = ctx
  const patch: ClippingPatch = {}
  const tagIds = ctx.store.codebook.data.tags.map((t) => t.id)
  if (rng.chance(0.5)) patch.tags = rng.some(tagIds, 4)
  if (rng.chance(0.4)) patch.obligation = rng.chance(0.15) ? null : obligation(ctx)
  if (rng.chance(0.5) || Object.keys(patch).length === 0) patch.note = rng.chance(0.1) ? '' : phrase(rng)
  if (rng.chance(0.1)) {
    patch.start = rng.int(0, Math.max(0, clipping.end - 1))
    patch.end = rng.int(patch.start + 1, Math.min(textLength, patch.start + 400))
  }
  return patch
}

/** Plans one kind of edit, or returns null when the workspace offers nothing to do it on. */
export type Planner = (ctx: EditContext) => PlannedEdit | null

const planners: Record<string, Planner> = {
  createSource: (ctx) => {
    if (ctx.store.sources.size >= 8) return null
    const input = createSourceInput.parse({ title: `Stress source ${ctx.label}`, text: sourceText(ctx.rng, ctx.label), kind: ctx.rng.pick(sourceKinds) })
    return { label: ctx.label, touches: [], creates: 'source', run: () => ctx.history.run(ctx.label, () => createSourceFromText(ctx.store, input)) }
  },
  addClipping: (ctx) => {
    const { rng } = ctx
    const sources = [...ctx.store.sources.values()].map((db) => db.data.source).sort(byId)
    if (sources.length === 0) return null
    const source = rng.pick(sources)
    const start = rng.int(0, source.textLength - 1)
    const end = rng.int(start + 1, Math.min(source.textLength, start + 300))
    const tags = rng.some(ctx.store.codebook.data.tags.map((t) => t.id), 3)
    const input = { sourceId: source.id, start, end, tags, note: rng.chance(0.5) ? phrase(rng) : '', ...(rng.chance(0.5) ? { obligation: obligation(ctx) } : {}) }
    return { label: ctx.label, touches: [], creates: 'clipping', run: () => ctx.history.run(ctx.label, () => addClipping(ctx.store, input)) }
  },
  updateClipping: (ctx) => {
    const all = clippingsOf(ctx.store)
    if (all.length === 0) return null
    const clipping = ctx.rng.pick(all)
    const length = ctx.store.sources.get(clipping.sourceId)?.data.source.textLength ?? clipping.end
    const patch = clippingPatch(ctx, clipping, length)
    return { label: ctx.label, touches: [`clipping:${clipping.id}`], creates: null, run: () => ctx.history.run(ctx.label, () => updateClipping(ctx.store, clipping.id, patch)) }
  },
  deleteClippings: (ctx) => {
    const ids = ctx.rng.some(clippingsOf(ctx.store), 3).map((c) => c.id)
    if (ids.length === 0) return null
    return { label: ctx.label, touches: ids.map((id) => `clipping:${id}`), creates: null, run: () => ctx.history.run(ctx.label, () => deleteClippings(ctx.store, ids)) }
  },
  updateSource: (ctx) => {
    const ids = [...ctx.store.sources.keys()].sort()
    if (ids.length === 0) return null
    const id = ctx.rng.pick(ids)
    const patch = ctx.rng.chance(0.5) ? { note: phrase(ctx.rng) } : { title: `Stress title ${ctx.label}`, authors: [phrase(ctx.rng)] }
    return { label: ctx.label, touches: [`source:${id}`], creates: null, run: () => ctx.history.run(ctx.label, () => updateSource(ctx.store, id, patch)) }
  },
  replaceText: (ctx) => {
    const ids = [...ctx.store.sources.keys()].sort()
    if (ids.length === 0) return null
    const id = ctx.rng.pick(ids)
    const { source, clippings } = ctx.store.sources.get(id)!.data
    // As a re-extraction does: a new text, every clipping moved to it, and an undo history that starts afresh.
    const preface = `${phrase(ctx.rng)}\n\n`
    const run = async () => {
      const text = preface + (await ctx.store.readText(id))
      const moved = clippings.map((c) => ({ ...c, ...makeAnchor(text, c.start + preface.length, c.end + preface.length) }))
      await ctx.store.replaceSourceText({ source: { ...source, textHash: textHash(text), textLength: text.length }, clippings: moved }, text)
      ctx.history.forget()
    }
    return { label: ctx.label, touches: [`source:${id}`, ...clippings.map((c) => `clipping:${c.id}`)], creates: null, run }
  },
  draft: (ctx) => draftEdit(ctx),
  ...codebookPlanners,
  undo: (ctx) => historyStep(ctx, ctx.history.state().undoLabel, () => ctx.history.undo()),
  redo: (ctx) => historyStep(ctx, ctx.history.state().redoLabel, () => ctx.history.redo()),
}

function historyStep(ctx: EditContext, stepLabel: string | null, run: () => Promise<unknown>): PlannedEdit | null {
  const touches = stepLabel === null ? undefined : ctx.touchedBy.get(stepLabel)
  if (!touches) return null
  // Undoing the creation of a clipping or draft removes it, redoing brings it back: both are in `touches`.
  return { label: ctx.label, touches, creates: null, run }
}

/**
 * Chooses the next edit, weighted like a working session: mostly clipping
 * and draft edits, some codebook work, undo and redo. The number of
 * clippings is kept within bounds so that a long run stays quick.
 */
export function planEdit(ctx: EditContext): PlannedEdit {
  const clippings = clippingsOf(ctx.store).length
  for (;;) {
    const name = ctx.rng.weighted([
      [4, 'createSource'],
      [clippings < 20 ? 30 : 16, 'addClipping'],
      [22, 'updateClipping'],
      [clippings > 150 ? 30 : 6, 'deleteClippings'],
      [3, 'updateSource'],
      [2, 'replaceText'],
      [22, 'draft'],
      [4, 'createTag'],
      [5, 'updateTag'],
      [2, 'deleteTag'],
      [2, 'mergeTags'],
      [6, 'undo'],
      [3, 'redo'],
    ] as const)
    const planned = planners[name]?.(ctx)
    if (planned) return planned
  }
}
