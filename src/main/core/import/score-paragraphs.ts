import { nameWeight } from './element-names'
import type { HtmlDocument, HtmlElement } from './html-tree'
import { SEPARATE_ELEMENTS } from './html-to-text'
import type { PageFigures } from './page-figures'

// Shorter text is no paragraph (a caption, a menu entry, a date).
export const MIN_PARAGRAPH = 25
// What an element holding paragraphs passes to its ancestors, level by level.
const ANCESTOR_SHARES = [1, 1 / 2, 1 / 4, 1 / 8]
// Their loose text is one paragraph, held by their parent, even when they also hold blocks.
const PARAGRAPHS = new Set(['p', 'pre', 'td', 'th', 'li', 'dd', 'dt', 'blockquote'])
const TAG_WEIGHTS: Readonly<Record<string, number>> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  th: -5,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
}

/**
 * Per element, its points read as a paragraph, 0 when it is none: blocks
 * whose loose text (outside blocks of their own) is long enough.
 */
export function paragraphPoints(document: HtmlDocument, page: PageFigures, ignored: Uint8Array): Float64Array {
  const points = new Float64Array(document.elements.length)
  for (const element of document.elements) {
    const length = page.looseText(element)
    if (ignored[element.index] || length < MIN_PARAGRAPH || !(SEPARATE_ELEMENTS.has(element.name) || element.name === 'body')) continue
    const earned = 1 + page.looseCommas(element) + Math.min(Math.floor(length / 100), 3)
    points[element.index] = earned * (1 - page.looseLinkDensity(element))
  }
  return points
}

/**
 * The score of every element that holds a paragraph, directly or a few
 * levels down. A paragraph's points go to its parent, or to the block
 * itself when they are loose text between its blocks.
 */
export function scoreHolders(document: HtmlDocument, page: PageFigures, points: Float64Array): Map<HtmlElement, number> {
  const scores = new Map<HtmlElement, number>()
  for (const element of document.elements) {
    const earned = points[element.index] ?? 0
    if (earned <= 0) continue
    let holder = page.holdsSeparate(element) && !PARAGRAPHS.has(element.name) ? element : element.parent
    for (const share of ANCESTOR_SHARES) {
      if (!holder) break
      const score = scores.get(holder) ?? (TAG_WEIGHTS[holder.name] ?? 0) + nameWeight(holder)
      scores.set(holder, score + earned * share)
      holder = holder.parent
    }
  }
  return scores
}
