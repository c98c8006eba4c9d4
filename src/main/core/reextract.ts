import type { ReextractPlan } from '../../shared/api'
import { reanchor } from '../../shared/anchors'
import { AppError } from '../../shared/errors'
import type { Clipping } from '../../shared/model'
import type { SourceData } from '../../shared/workspace-files'
import type { ExtractionService } from './import/extraction-service'
import { workspaceLimits } from './import/import-file'
import { ImportError } from './import/types'
import { normaliseText, textHash } from './text'
import type { WorkspaceStore } from './workspace-store'

/*
 * Re-extraction reads a source's text again from the original file kept at
 * import, with today's extractors, and finds every clipping again in the
 * new text (shared/anchors.ts reanchor). A clipping whose quote is gone is
 * an orphan: the re-extraction is then refused and the orphans are named,
 * never dropped. Previewing and applying extract twice; applying requires
 * the text the preview showed.
 */

/** The page a text offset falls on, from the source's page starts (1-based), or none without pages. */
function pageAt(pages: readonly number[] | undefined, offset: number): number | undefined {
  if (!pages || pages.length === 0) return undefined
  let page = 0
  while (page + 1 < pages.length && (pages[page + 1] as number) <= offset) page++
  return page + 1
}

interface Reextraction {
  plan: ReextractPlan
  next: SourceData
  text: string
}

async function reextraction(store: WorkspaceStore, extraction: ExtractionService, sourceId: string): Promise<Reextraction> {
  const record = store.sources.get(sourceId)
  if (!record) throw new AppError({ code: 'not-found', message: `No source with id ${sourceId}.` })
  const { source, clippings } = record.data
  const original = await store.readOriginal(sourceId)
  if (!original) {
    throw new AppError({
      code: 'invalid-input',
      message: `"${source.title}" has no original file to extract again: it was pasted or created from text.`,
      hint: 'Import the document as a file to be able to re-extract it later.',
      field: sourceId,
    })
  }
  let doc
  try {
    doc = await extraction.extract(original.name, original.bytes, workspaceLimits(store))
  } catch (err) {
    if (!(err instanceof ImportError)) throw err
    throw new AppError({
      code: 'invalid-input',
      message: `The original of "${source.title}" could not be read again: ${err.reason}.`,
      hint: 'The source keeps its current text.',
      field: sourceId,
    })
  }
  const text = normaliseText(doc.text)
  const hash = textHash(text)
  const kept: Clipping[] = []
  const orphans: ReextractPlan['orphans'] = []
  let moved = 0
  for (const c of clippings) {
    const found = reanchor(text, c)
    if (found.status === 'orphan') {
      orphans.push({ id: c.id, quote: c.quote, reason: found.reason })
      continue
    }
    if (found.status === 'moved') moved++
    const page = pageAt(doc.pages, found.anchor.start)
    const { page: _oldPage, ...rest } = c
    kept.push({ ...rest, ...found.anchor, ...(page === undefined ? {} : { page }) })
  }
  const plan: ReextractPlan = {
    sourceId,
    unchanged: hash === source.textHash,
    oldLength: source.textLength,
    newLength: text.length,
    textHash: hash,
    kept: kept.length - moved,
    moved,
    orphans,
  }
  const { pages: _oldPages, ...meta } = source
  const next: SourceData = {
    source: { ...meta, textHash: hash, textLength: text.length, ...(doc.pages ? { pages: doc.pages } : {}) },
    clippings: kept,
  }
  return { plan, next, text }
}

/** What re-extracting a source would do, changing nothing. */
export async function previewReextraction(store: WorkspaceStore, extraction: ExtractionService, sourceId: string): Promise<ReextractPlan> {
  return (await reextraction(store, extraction, sourceId)).plan
}

/**
 * Re-extracts a source and moves its clippings to where their quotes now
 * are. Refused when the text differs from the one previewed (`textHash`),
 * when another source already holds that text, or when any clipping would
 * be orphaned. Not undoable: `beforeChange` runs once all checks passed,
 * just before the change, for the caller to back the workspace up.
 */
export async function applyReextraction(
  store: WorkspaceStore,
  extraction: ExtractionService,
  sourceId: string,
  previewed: string,
  beforeChange: () => Promise<unknown>,
): Promise<ReextractPlan> {
  const { plan, next, text } = await reextraction(store, extraction, sourceId)
  if (plan.textHash !== previewed) {
    throw new AppError({ code: 'invalid-input', message: 'The extraction gave another text than the preview showed.', hint: 'Preview the re-extraction again.', field: sourceId })
  }
  if (plan.unchanged) return plan
  if (plan.orphans.length > 0) {
    throw new AppError({
      code: 'invalid-input',
      message: `Re-extracting would orphan ${plan.orphans.length} clipping(s): their quotes are not in the new text.`,
      hint: 'Delete those clippings (or copy what you need from them) first; nothing was changed.',
      field: sourceId,
    })
  }
  for (const [id, other] of store.sources) {
    if (id !== sourceId && other.data.source.textHash === plan.textHash) {
      throw new AppError({ code: 'duplicate', message: `The new text is the text of "${other.data.source.title}" already.`, hint: 'Nothing was changed.', field: sourceId })
    }
  }
  await beforeChange()
  await store.replaceSourceText(next, text)
  return plan
}
