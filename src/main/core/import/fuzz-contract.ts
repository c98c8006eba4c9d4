import { normaliseText } from '../text'
import { ImportError, type ExtractedDocument, type ImportFormat } from './types'

/*
 * What every importer owes its caller on any input, however hostile: a
 * document that keeps the pipeline's invariants, or an ImportError whose
 * reason a user can read. Used by the fuzz tests; kept apart so that the
 * replay of past failing inputs and the random cases check the same thing.
 */

/** Longer than this for one small input is a hang for the purpose of the fuzz tests. */
export const HANG_MS = 3000

export type Outcome = { ok: true; document: ExtractedDocument } | { ok: false; reason: string }

/** Runs one extraction with a deadline; anything but a document or an ImportError is rethrown as a failure. */
export async function settle(run: () => Promise<ExtractedDocument>, label: string): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${HANG_MS} ms`)), HANG_MS)
  })
  try {
    return { ok: true, document: await Promise.race([run(), deadline]) }
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, reason: error.reason }
    throw new Error(`${label}: crashed instead of naming a reason (${error instanceof Error ? error.stack : String(error)})`)
  } finally {
    clearTimeout(timer)
  }
}

/** The invariants of an outcome; returns what is wrong, empty when all hold. */
export function contractBreaches(outcome: Outcome, format?: ImportFormat): string[] {
  if (!outcome.ok) return outcome.reason.trim().length > 0 ? [] : ['an ImportError without a reason']
  const { document } = outcome
  const breaches: string[] = []
  if (format && document.format !== format) breaches.push(`format ${document.format}, expected ${format}`)
  // An empty text is allowed: importFile refuses it by name. Unnormalised text is not: importFile throws on it.
  if (typeof document.text !== 'string') breaches.push('the text is not a string')
  else if (normaliseText(document.text) !== document.text) breaches.push('the text is not normalised')
  if (!Array.isArray(document.warnings) || document.warnings.some((w) => typeof w !== 'string')) breaches.push('warnings are not strings')
  const pages = document.pages
  if (pages) {
    if (pages[0] !== 0) breaches.push('the first page does not start at 0')
    if (pages.some((at, i) => i > 0 && at < (pages[i - 1] ?? 0))) breaches.push('page offsets go backwards')
    if (pages.some((at) => at > document.text.length)) breaches.push('a page starts after the end of the text')
  }
  for (const [key, value] of Object.entries(document.metadata)) {
    if (value !== undefined && typeof value !== 'string' && !Array.isArray(value)) breaches.push(`metadata ${key} is a ${typeof value}`)
  }
  return breaches
}
