import { paragraphsInOrder } from '../../../shared/drafting/draft-edits'
import { danglingReferences } from '../../../shared/drafting/references'
import { AppError } from '../../../shared/errors'
import type { Clipping, Draft, Source } from '../../../shared/model'
import { numberDraft } from '../../../shared/numbering'
import type { WorkspaceStore } from '../workspace-store'

/** A draft with everything it cites: its clippings and their sources' metadata. */
export interface ClausePack {
  draft: Draft
  clippings: Map<string, Clipping>
  sources: Map<string, Source>
}

/**
 * Gathers a draft and the clippings and sources it cites. A citation of a
 * missing clipping, or a cross-reference to a deleted article or paragraph,
 * stops the export: a pack must not circulate with broken links.
 */
export function gatherClausePack(store: WorkspaceStore, draftId: string): ClausePack {
  const draft = store.drafts.get(draftId)?.data.draft
  if (!draft) throw new AppError({ code: 'not-found', message: `No draft with id ${draftId} in this workspace.`, hint: 'List drafts with "clausewright list drafts".' })
  const wanted = new Set(paragraphsInOrder(draft).flatMap((p) => p.clippingIds))
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
  const labels = numberDraft(draft)
  const broken = paragraphsInOrder(draft).filter((p) => [p.text, ...(p.alternatives ?? [])].some((t) => danglingReferences(draft, t).length > 0))
  if (broken.length > 0) {
    throw new AppError({
      code: 'invalid-input',
      message: `Export stopped: ${broken.map((p) => labels.get(p.id)).join(', ')} refer${broken.length === 1 ? 's' : ''} to a deleted article or paragraph.`,
      hint: 'Remove or replace those references in the draft (they are marked there), or undo the deletion.',
      field: 'articles',
    })
  }
  return { draft, clippings, sources }
}
