import { AppError } from '../../../shared/errors'
import type { Clipping, Draft, Paragraph, Source } from '../../../shared/model'
import type { WorkspaceStore } from '../workspace-store'

/** A draft with everything it cites: its clippings and their sources' metadata. */
export interface ClausePack {
  draft: Draft
  clippings: Map<string, Clipping>
  sources: Map<string, Source>
}

export function allParagraphs(draft: Draft): Paragraph[] {
  return [...draft.preamble, ...draft.articles.flatMap((a) => a.paragraphs)]
}

/** Gathers a draft and the clippings and sources it cites; a citation to a missing clipping is an error. */
export function gatherClausePack(store: WorkspaceStore, draftId: string): ClausePack {
  const draft = store.drafts.get(draftId)?.data.draft
  if (!draft) throw new AppError({ code: 'not-found', message: `No draft with id ${draftId} in this workspace.`, hint: 'List drafts with "clausewright list drafts".' })
  const wanted = new Set(allParagraphs(draft).flatMap((p) => p.clippingIds))
  const clippings = new Map<string, Clipping>()
  const sources = new Map<string, Source>()
  for (const db of store.sources.values()) {
    for (const c of db.data.clippings) {
      if (!wanted.has(c.id)) continue
      clippings.set(c.id, c)
      sources.set(db.data.source.id, db.data.source)
    }
  }
  const missing = [...wanted].filter((id) => !clippings.has(id))
  if (missing.length > 0) {
    throw new AppError({
      code: 'invalid-input',
      message: `The draft cites clippings that no longer exist: ${missing.join(', ')}.`,
      hint: 'Remove those citations from the draft, or restore the clippings (undo, or the trash folder).',
    })
  }
  return { draft, clippings, sources }
}
