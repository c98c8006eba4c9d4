import { anchorHolds } from '../../../shared/anchors'
import { AppError } from '../../../shared/errors'
import type { Clipping } from '../../../shared/model'
import type { WorkspaceStore } from '../workspace-store'

/**
 * Checks every quote against its source's stored text before anything is
 * exported: a pack must never carry a misquotation. Throws, listing each
 * clipping whose quote no longer sits at its offsets.
 */
export async function verifyQuotes(store: WorkspaceStore, clippings: readonly Clipping[]): Promise<void> {
  const texts = new Map<string, string>()
  const broken: string[] = []
  for (const clipping of clippings) {
    let text = texts.get(clipping.sourceId)
    if (text === undefined) {
      text = await store.readText(clipping.sourceId)
      texts.set(clipping.sourceId, text)
    }
    if (!anchorHolds(text, clipping)) {
      const title = store.sources.get(clipping.sourceId)?.data.source.title ?? clipping.sourceId
      broken.push(`clipping ${clipping.id} ("${clipping.quote.slice(0, 60)}…") no longer matches "${title}"`)
    }
  }
  if (broken.length > 0) {
    throw new AppError({
      code: 'invalid-input',
      message: `Export stopped: ${broken.length} quote(s) no longer match their sources: ${broken.join('; ')}.`,
      hint: 'Nothing was exported. Run "clausewright check" and fix or re-clip these excerpts.',
      field: 'clippingIds',
    })
  }
}
