import type { HtmlDocument, HtmlElement } from './html-tree'
import { SEPARATE_ELEMENTS } from './html-to-text'

const LISTS = new Set(['ul', 'ol', 'dl', 'menu'])
// Latin, Arabic, ideographic, full-width and small commas.
const COMMAS = [',', '\u060c', '\u3001', '\uff0c', '\ufe50']

/** Per element, the text it holds directly: characters (white space at either end of a text not counted) and commas. */
export class OwnText {
  readonly length: Float64Array
  readonly commas: Float64Array

  /** Measures every text node once, for all the passes of the article finder. */
  constructor(document: HtmlDocument) {
    this.length = new Float64Array(document.elements.length)
    this.commas = new Float64Array(document.elements.length)
    for (const element of document.elements) {
      let length = 0
      let commas = 0
      for (const child of element.children) {
        if (child.kind !== 'text') continue
        // Native string search: a loop over characters in script would cost as much as parsing the page.
        length += child.text.trim().length
        for (const comma of COMMAS) {
          for (let at = child.text.indexOf(comma); at !== -1; at = child.text.indexOf(comma, at + 1)) commas++
        }
      }
      this.length[element.index] = length
      this.commas[element.index] = commas
    }
  }
}

/**
 * What the article finder weighs, per element: its text, the part of it
 * in links to other pages, and its loose text (outside any block, list
 * item or cell of its own: a paragraph's text). Elements marked in
 * `ignored` count for nothing, with all they hold. One pass over the
 * elements in reverse document order, so that children are added up
 * before their parents.
 */
export class PageFigures {
  private readonly textLength: Float64Array
  private readonly linkLength: Float64Array
  private readonly looseLength: Float64Array
  private readonly looseLinkLength: Float64Array
  private readonly looseCommaCount: Float64Array
  private readonly separate: Uint8Array
  private readonly list: Uint8Array

  constructor(document: HtmlDocument, own: OwnText, ignored: Uint8Array) {
    const count = document.elements.length
    const text = (this.textLength = new Float64Array(count))
    const links = (this.linkLength = new Float64Array(count))
    const loose = (this.looseLength = new Float64Array(count))
    const looseLinks = (this.looseLinkLength = new Float64Array(count))
    const looseCommas = (this.looseCommaCount = new Float64Array(count))
    this.separate = new Uint8Array(count)
    this.list = new Uint8Array(count)
    for (let i = count - 1; i >= 0; i--) {
      if (ignored[i]) continue
      const element = document.elements[i] as HtmlElement
      text[i] = at(text, i) + at(own.length, i)
      loose[i] = at(loose, i) + at(own.length, i)
      looseCommas[i] = at(looseCommas, i) + at(own.commas, i)
      if (leadsAway(element)) {
        links[i] = at(text, i)
        looseLinks[i] = at(loose, i)
      }
      const parent = element.parent?.index
      if (parent === undefined) continue
      text[parent] = at(text, parent) + at(text, i)
      links[parent] = at(links, parent) + at(links, i)
      if (this.list[i] || (LISTS.has(element.name) && at(text, i) > 0)) this.list[parent] = 1
      if (SEPARATE_ELEMENTS.has(element.name)) this.separate[parent] = 1
      else {
        loose[parent] = at(loose, parent) + at(loose, i)
        looseLinks[parent] = at(looseLinks, parent) + at(looseLinks, i)
        looseCommas[parent] = at(looseCommas, parent) + at(looseCommas, i)
      }
    }
  }

  text(element: HtmlElement): number {
    return at(this.textLength, element.index)
  }

  /** Characters of its text inside links. */
  links(element: HtmlElement): number {
    return at(this.linkLength, element.index)
  }

  /** The share of its text that is link text, 0 when it has none. */
  linkDensity(element: HtmlElement): number {
    const text = this.text(element)
    return text > 0 ? this.links(element) / text : 0
  }

  looseText(element: HtmlElement): number {
    return at(this.looseLength, element.index)
  }

  looseLinkDensity(element: HtmlElement): number {
    const loose = this.looseText(element)
    return loose > 0 ? at(this.looseLinkLength, element.index) / loose : 0
  }

  looseCommas(element: HtmlElement): number {
    return at(this.looseCommaCount, element.index)
  }

  /** Whether it holds a block, list item or cell (so its loose text, if any, sits between blocks). */
  holdsSeparate(element: HtmlElement): boolean {
    return this.separate[element.index] === 1
  }

  /** Whether it holds a list with text (a list of links can be content: the instruments an act amends). */
  holdsList(element: HtmlElement): boolean {
    return this.list[element.index] === 1
  }
}

/**
 * A link to somewhere else. Anchors and links within the page (a provision's
 * own number, a rule's identifier, a footnote mark, a cross-reference) are
 * part of the text they sit in.
 */
function leadsAway(element: HtmlElement): boolean {
  const href = element.attributes.href?.trim()
  return element.name === 'a' && href !== undefined && href !== '' && !href.startsWith('#')
}

function at(figures: Float64Array, index: number): number {
  return figures[index] as number
}
