import type { DraftSummary } from '../../shared/api'
import type { DraftBody } from '../../shared/drafting/draft-edits'
import { paragraphsInOrder } from '../../shared/drafting/draft-edits'
import { AppError } from '../../shared/errors'
import { newId } from '../../shared/ids'
import type { Draft } from '../../shared/model'
import { FORMAT_VERSION } from '../../shared/workspace-files'
import type { WorkspaceStore } from './workspace-store'

export function listDrafts(store: WorkspaceStore): DraftSummary[] {
  return [...store.drafts.values()].map(({ data: { draft } }) => ({
    id: draft.id,
    title: draft.title,
    articleCount: draft.articles.length,
    paragraphCount: draft.articles.reduce((n, a) => n + a.paragraphs.length, draft.preamble.length),
    updatedAt: draft.updatedAt,
  }))
}

export function getDraft(store: WorkspaceStore, id: string): Draft {
  const db = store.drafts.get(id)
  if (!db) {
    throw new AppError({ code: 'not-found', message: `No draft with id ${id} in this workspace.` })
  }
  return db.data.draft
}

/** Starts an empty draft. */
export async function createDraft(store: WorkspaceStore, title: string): Promise<Draft> {
  const now = store.now().toISOString()
  const draft: Draft = { id: newId('drf'), title, preamble: [], articles: [], createdAt: now, updatedAt: now }
  await saveDraft(store, draft)
  return draft
}

/** Replaces a draft's title, preamble and articles with the editor's version. */
export async function updateDraft(store: WorkspaceStore, id: string, body: DraftBody): Promise<Draft> {
  const current = getDraft(store, id)
  const next: Draft = { ...current, title: body.title, preamble: body.preamble, articles: body.articles }
  if (JSON.stringify(next) === JSON.stringify(current)) return current
  next.updatedAt = store.now().toISOString()
  await saveDraft(store, next)
  return next
}

/** Moves a draft's file to the trash folder; undo brings it back. */
export async function deleteDraft(store: WorkspaceStore, id: string): Promise<void> {
  getDraft(store, id)
  await store.removeDraft(id)
}

/** Stores a draft, checking that its ids are unique and that all the clippings it cites exist. */
export async function saveDraft(store: WorkspaceStore, draft: Draft): Promise<void> {
  const paragraphs = paragraphsInOrder(draft)
  const ids = [...draft.articles.map((a) => a.id), ...paragraphs.map((p) => p.id)]
  const seen = new Set<string>()
  const repeated = new Set(ids.filter((pid) => seen.has(pid) || !seen.add(pid)))
  if (repeated.size > 0) {
    throw new AppError({ code: 'invalid-input', message: `The draft uses these ids twice: ${[...repeated].join(', ')}.`, field: 'articles' })
  }
  // A clipping deleted after it was cited stays cited (the editor flags it), so the rest of the draft can still be edited.
  const stored = store.drafts.get(draft.id)?.data.draft
  const cited = new Set(stored ? paragraphsInOrder(stored).flatMap((p) => p.clippingIds) : [])
  const missing = paragraphs.flatMap((p) => p.clippingIds).filter((cid) => store.sourceOfClipping(cid) === undefined && !cited.has(cid))
  if (missing.length > 0) {
    throw new AppError({
      code: 'invalid-input',
      message: `The draft cites clippings that do not exist: ${missing.join(', ')}.`,
      field: 'clippingIds',
    })
  }
  await store.saveDraft({ formatVersion: FORMAT_VERSION, draft })
}
