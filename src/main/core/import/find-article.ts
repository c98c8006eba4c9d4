import { widened, withSiblings } from './article-extent'
import { isFurniture } from './element-names'
import { flagged, type HtmlDocument, type HtmlElement, isInside, oneLine, textOf } from './html-tree'
import { isSkipped } from './html-to-text'
import { OwnText, PageFigures } from './page-figures'
import { MIN_PARAGRAPH, paragraphPoints, scoreHolders } from './score-paragraphs'

export interface ArticleHints {
  /** The byline found by findByline: its text is metadata, not article. */
  byline?: HtmlElement
  /** The page's title: a heading of the article that only repeats it is left out. */
  title?: string
}

export interface Article {
  /** Its elements in document order: the best candidate and those of its siblings that belong with it. */
  readonly parts: readonly HtmlElement[]
  /** Elements inside the parts whose text is not the article's: comment threads, share bars, the byline. */
  readonly leftOut: ReadonlySet<HtmlElement>
  /** False when nothing on the page reads like an article: the parts are then the whole body, less its furniture. */
  readonly found: boolean
}

// An article found by the strict rules but shorter than this is looked for again by lenient ones.
const MIN_ARTICLE = 500
// Blocks that, inside the article, are left out when they hold links to elsewhere and hardly anything else (a player's controls, a share bar).
const LINK_BLOCKS = new Set(['div', 'section', 'header', 'footer', 'aside', 'figure', 'form', 'fieldset', 'center'])

/**
 * The article of a page.
 *
 * Text blocks long enough to be paragraphs earn points for their length
 * and commas (fewer for the part that is link text) and pass them to the
 * elements that hold them, less at each level up; an element's class and
 * id add or take away. The holder with the best score, less the share of
 * its text that is links, is the candidate. When an element around it
 * holds at least as much prose again (one long recital among a hundred
 * short ones, each in a table of its own), that element is taken instead:
 * a legal text must not come down to one of its parts. The siblings that
 * score close to the candidate or read as prose join it, with whatever
 * lies between them.
 *
 * Furniture (navigation, comment threads, share bars, sidebars, by role,
 * tag or name) is left out. When that leaves too little, the page is read
 * again leaving out only the furniture that holds less than three quarters
 * of the page's text (a wrapper named "has-sidebar" around everything is
 * no sidebar). That reading is taken when it holds more, elsewhere on the
 * page: when it holds the first one, what it adds is the furniture that
 * was left out (a long comment thread under a short post). When
 * neither finds a paragraph, the article is the whole body less its
 * furniture. Every pass visits each element a fixed number of times, at
 * any depth.
 */
export function findArticle(document: HtmlDocument, hints: ArticleHints = {}): Article {
  const own = new OwnText(document)
  const strict = findWith(document, own, isFurniture, hints)
  if (strict && strict.length >= MIN_ARTICLE) return strict.article
  const whole = new PageFigures(document, own, flagged(document, isSkipped))
  const most = (whole.text(document.body) * 3) / 4
  const smallFurniture = (element: HtmlElement): boolean => isFurniture(element) && whole.text(element) < most
  const lenient = findWith(document, own, smallFurniture, hints)
  const holds = (outer: Found, inner: Found): boolean => {
    const first = inner.article.parts[0]
    return first !== undefined && outer.article.parts.some((part) => isInside(first, part))
  }
  if (lenient && (!strict || (lenient.length > strict.length && !holds(lenient, strict)))) return lenient.article
  if (strict) return strict.article
  return { parts: [document.body], leftOut: leftOutBy(document, smallFurniture).leftOut, found: false }
}

interface Found {
  article: Article
  /** Characters of text in the article. */
  length: number
}

/** Per element, whether it is left out with all it holds; and the topmost of those left out. */
function leftOutBy(document: HtmlDocument, isLeftOut: (element: HtmlElement) => boolean): { ignored: Uint8Array; leftOut: Set<HtmlElement> } {
  const ignored = flagged(document, isLeftOut)
  const topmost = document.elements.filter((element) => ignored[element.index] && !(element.parent && ignored[element.parent.index]))
  return { ignored, leftOut: new Set(topmost) }
}

/** One reading of the page, leaving out what is never text, the byline, and the furniture `furniture` names. */
function findWith(document: HtmlDocument, own: OwnText, furniture: (element: HtmlElement) => boolean, hints: ArticleHints): Found | null {
  const { ignored, leftOut } = leftOutBy(document, (element) => isSkipped(element) || element === hints.byline || furniture(element))
  const page = new PageFigures(document, own, ignored)
  const points = paragraphPoints(document, page, ignored)
  const scores = scoreHolders(document, page, points)
  let top: HtmlElement | undefined
  let topScore = -Infinity
  for (const [element, score] of scores) {
    const adjusted = score * (1 - page.linkDensity(element))
    if (adjusted > topScore) [top, topScore] = [element, adjusted]
  }
  if (!top) return null
  const parts = withSiblings(widened(top, document, points, page, ignored), topScore, scores, page, ignored)
  const length = parts.reduce((sum, part) => sum + page.text(part), 0)
  for (const element of clutterInside(document, parts, page, ignored, hints.title)) leftOut.add(element)
  return { article: { parts, leftOut, found: true }, length }
}

/**
 * What the article's parts hold that is not the article: blocks of links
 * with hardly any other text and no list (lists of links can be content),
 * and the first h1 or h2 when it only repeats the page's title (which is
 * kept as metadata).
 */
function clutterInside(
  document: HtmlDocument,
  parts: readonly HtmlElement[],
  page: PageFigures,
  ignored: Uint8Array,
  title: string | undefined,
): HtmlElement[] {
  const clutter: HtmlElement[] = []
  // 1: inside the article; 2: inside something left out of it.
  const state = new Uint8Array(document.elements.length)
  for (const part of parts) state[part.index] = 1
  const repeatedTitle = title ? oneLine(title).toLowerCase() : undefined
  let headingSeen = repeatedTitle === undefined
  for (const element of document.elements) {
    const i = element.index
    const parentState = element.parent ? (state[element.parent.index] ?? 0) : 0
    if (state[i] === 1 || parentState === 0) continue
    state[i] = parentState
    if (parentState === 2 || ignored[i]) continue
    const links = page.linkDensity(element)
    const isHeading = element.name === 'h1' || element.name === 'h2'
    const isClutter =
      (LINK_BLOCKS.has(element.name) && links >= 0.5 && page.text(element) * (1 - links) < MIN_PARAGRAPH && !page.holdsList(element)) ||
      (isHeading && !headingSeen && oneLine(textOf(element)).toLowerCase() === repeatedTitle)
    if (isHeading) headingSeen = true
    if (!isClutter) continue
    clutter.push(element)
    state[i] = 2
  }
  return clutter
}
