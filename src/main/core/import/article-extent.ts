import { HEADINGS, type HtmlDocument, type HtmlElement, textOf } from './html-tree'
import type { PageFigures } from './page-figures'

const SENTENCE_END = /[.!?。！？؟][”’"'»)\]]*$/

/**
 * The candidate, or an element around it that holds more of the same
 * document: one where the candidate's branch has a sibling of its own kind
 * that holds prose (the other chapters, articles or recital tables of a
 * legal text), or one that holds at least twice the candidate's prose (one
 * long provision among many short ones), provided what it adds is not
 * mostly links. Levels where nothing beside the branch holds prose (a
 * recital's number in the cell beside it) are looked through; any other
 * level ends the search.
 */
export function widened(candidate: HtmlElement, document: HtmlDocument, points: Float64Array, page: PageFigures, ignored: Uint8Array): HtmlElement {
  const prose = Float64Array.from(points)
  for (let i = document.elements.length - 1; i > 0; i--) {
    const parent = document.elements[i]?.parent
    if (parent) prose[parent.index] = (prose[parent.index] ?? 0) + (prose[i] ?? 0)
  }
  const proseOf = (element: HtmlElement): number => prose[element.index] ?? 0
  let widest = candidate
  let branch = candidate
  for (let at = candidate.parent; at && at.name !== 'html'; branch = at, at = at.parent) {
    const others = at.children.filter(
      (node): node is HtmlElement => node.kind === 'element' && node !== branch && !ignored[node.index] && page.text(node) > 0,
    )
    const added = page.text(at) - page.text(widest)
    const addsProse = added > 0 && (page.links(at) - page.links(widest)) / added < 0.25
    const repeated = others.some((other) => isSameKind(other, branch) && proseOf(other) > 0)
    if (addsProse && (repeated || proseOf(at) >= 2 * proseOf(widest))) widest = at
    else if (others.some((other) => proseOf(other) > 0)) break
  }
  return widest
}

/** Same tag and same attributes but id: one more of the same (chapter, article, recital table). */
function isSameKind(a: HtmlElement, b: HtmlElement): boolean {
  if (a.name !== b.name) return false
  const names = (element: HtmlElement): string[] => Object.keys(element.attributes).filter((name) => name !== 'id')
  const [first, second] = [names(a), names(b)]
  return first.length === second.length && first.every((name) => a.attributes[name] === b.attributes[name])
}

/**
 * The candidate with those of its siblings that belong to the article:
 * scoring close to the best score (more easily when named like the
 * candidate), or reading as prose (long with few links, or a short
 * link-free sentence), and any sibling between two of those that is not
 * mostly links (a heading, a short provision between two long ones).
 */
export function withSiblings(
  candidate: HtmlElement,
  topScore: number,
  scores: ReadonlyMap<HtmlElement, number>,
  page: PageFigures,
  ignored: Uint8Array,
): HtmlElement[] {
  const siblings = (candidate.parent?.children ?? [candidate]).filter(
    (node): node is HtmlElement => node.kind === 'element' && !ignored[node.index] && page.text(node) > 0,
  )
  const threshold = Math.max(10, topScore * 0.2)
  const candidateClass = candidate.attributes.class
  const belongs = siblings.map((sibling) => {
    if (sibling === candidate) return true
    const links = page.linkDensity(sibling)
    const namedAlike = candidateClass && sibling.name === candidate.name && sibling.attributes.class === candidateClass
    const score = scores.get(sibling)
    if (score !== undefined && score * (1 - links) + (namedAlike ? topScore * 0.2 : 0) >= threshold) return true
    if (HEADINGS.has(sibling.name)) return false
    if (page.text(sibling) >= 80) return links < 0.25
    return links === 0 && SENTENCE_END.test(textOf(sibling, { skip: (element) => ignored[element.index] === 1 }).trim())
  })
  const first = belongs.indexOf(true)
  const last = belongs.lastIndexOf(true)
  return siblings.filter((sibling, i) => belongs[i] || (i > first && i < last && page.linkDensity(sibling) < 0.5))
}
