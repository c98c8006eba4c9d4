import {
  attachEvidence,
  detachEvidence,
  insertArticles,
  insertParagraph,
  moveArticle,
  moveParagraph,
  newArticle,
  newParagraph,
  paragraphsInOrder,
  removeArticle,
  removeParagraph,
  renameArticle,
  updateParagraph,
  type Container,
  type DraftBody,
} from '../../../shared/drafting/draft-edits'
import { paragraphStatuses, type Draft } from '../../../shared/model'
import { createDraft, deleteDraft, getDraft, updateDraft } from '../drafts'
import type { SeededRandom } from './seeded-random'
import type { EditContext, PlannedEdit } from './stress-edits'
import { sentence } from './stress-text'

/** Ids of clippings that exist now: the only ones a draft may newly cite. */
function liveClippingIds(ctx: EditContext): string[] {
  return [...ctx.store.sources.values()].flatMap((db) => db.data.clippings.map((c) => c.id)).sort()
}

function someContainer(rng: SeededRandom, draft: DraftBody): Container {
  if (draft.articles.length === 0 || rng.chance(0.2)) return 'preamble'
  return { articleId: rng.pick(draft.articles).id }
}

/** One editor action on a draft body, built from the shared drafting helpers the editor itself uses. */
function bodyEdit(ctx: EditContext, draft: Draft): DraftBody {
  const { rng } = ctx
  const paragraphs = paragraphsInOrder(draft)
  const big = paragraphs.length > 40 || draft.articles.length > 12
  const action = rng.weighted([
    [big ? 1 : 6, 'addParagraph'],
    [paragraphs.length ? 8 : 0, 'editText'],
    [paragraphs.length ? 2 : 0, 'status'],
    [paragraphs.length ? 4 : 0, 'attach'],
    [paragraphs.length ? 1 : 0, 'detach'],
    [big ? 0 : 2, 'addArticle'],
    [draft.articles.length ? 1 : 0, 'renameArticle'],
    [draft.articles.length > 1 ? 1 : 0, 'moveArticle'],
    [paragraphs.length ? 1 : 0, 'moveParagraph'],
    [paragraphs.length ? (big ? 6 : 1) : 0, 'removeParagraph'],
    [draft.articles.length > 1 ? (big ? 3 : 0.5) : 0, 'removeArticle'],
    [1, 'retitle'],
  ] as const)
  const paragraph = () => rng.pick(paragraphs)
  const article = () => rng.pick(draft.articles)
  switch (action) {
    case 'addParagraph':
      return insertParagraph(draft, someContainer(rng, draft), newParagraph(sentence(rng), rng.some(liveClippingIds(ctx), 2)), rng.int(0, 5))
    case 'editText': {
      const p = paragraph()
      // Typing: usually a few words more, sometimes a rewrite; bounded below the schema's limit.
      const text = rng.chance(0.7) && p.text.length < 3000 ? `${p.text} ${sentence(rng, 1, 4)}` : sentence(rng)
      return updateParagraph(draft, p.id, { text })
    }
    case 'status':
      return updateParagraph(draft, paragraph().id, rng.chance(0.3)
        ? { status: 'bracketed', alternatives: [sentence(rng)] }
        : { status: rng.pick(paragraphStatuses) })
    case 'attach':
      return attachEvidence(draft, paragraph().id, rng.some(liveClippingIds(ctx), 3))
    case 'detach': {
      const p = paragraph()
      return p.clippingIds.length ? detachEvidence(draft, p.id, rng.pick(p.clippingIds)) : draft
    }
    case 'addArticle':
      return insertArticles(draft, [newArticle(sentence(rng, 1, 4), [newParagraph(sentence(rng))])], rng.int(0, draft.articles.length))
    case 'renameArticle':
      return renameArticle(draft, article().id, sentence(rng, 1, 5))
    case 'moveArticle':
      return moveArticle(draft, article().id, rng.int(0, draft.articles.length - 1))
    case 'moveParagraph':
      return moveParagraph(draft, paragraph().id, someContainer(rng, draft), rng.int(0, 4))
    case 'removeParagraph':
      return removeParagraph(draft, paragraph().id)
    case 'removeArticle':
      return removeArticle(draft, article().id)
    case 'retitle':
      return { ...draft, title: `Stress draft ${ctx.label}` }
  }
}

/** Creates, edits or (rarely) deletes a draft, as the drafting pane does. */
export function draftEdit(ctx: EditContext): PlannedEdit | null {
  const { rng, store } = ctx
  const ids = [...store.drafts.keys()].sort()
  const run = (fn: () => Promise<unknown>) => () => ctx.history.run(ctx.label, fn)
  if (ids.length === 0 || (ids.length < 4 && rng.chance(0.08))) {
    // Two saves in one step (create, then the first article), as "New draft" followed by typing.
    const first = [newArticle('Scope', [newParagraph(sentence(rng), rng.some(liveClippingIds(ctx), 2))])]
    return {
      label: ctx.label,
      touches: [],
      creates: 'draft',
      run: run(async () => {
        const draft = await createDraft(store, `Stress draft ${ctx.label}`)
        return updateDraft(store, draft.id, insertArticles(draft, first))
      }),
    }
  }
  const id = rng.pick(ids)
  if (ids.length > 2 && rng.chance(0.04)) {
    return { label: ctx.label, touches: [`draft:${id}`], creates: null, run: run(() => deleteDraft(store, id)) }
  }
  const body = bodyEdit(ctx, getDraft(store, id))
  return { label: ctx.label, touches: [`draft:${id}`], creates: null, run: run(() => updateDraft(store, id, body)) }
}
