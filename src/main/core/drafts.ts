import type { DraftSummary } from '../../shared/api'
import { AppError } from '../../shared/errors'
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

/** Stores a draft, checking that all the clippings it cites exist. */
export async function saveDraft(store: WorkspaceStore, draft: Draft): Promise<void> {
  const clippingIds = new Set<string>()
  for (const db of store.sources.values()) for (const c of db.data.clippings) clippingIds.add(c.id)
  const paragraphs = [...draft.preamble, ...draft.articles.flatMap((a) => a.paragraphs)]
  const missing = paragraphs.flatMap((p) => p.clippingIds).filter((id) => !clippingIds.has(id))
  if (missing.length > 0) {
    throw new AppError({
      code: 'invalid-input',
      message: `The draft cites clippings that do not exist: ${missing.join(', ')}.`,
      field: 'clippingIds',
    })
  }
  await store.saveDraft({ formatVersion: FORMAT_VERSION, draft })
}
