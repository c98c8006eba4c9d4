/**
 * The light document tree HTML import reads (see parseHtml): elements with
 * their attributes, and text. Nothing in it can run, load or be rendered.
 */
export type HtmlNode = HtmlElement | HtmlText

export const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

export interface HtmlElement {
  readonly kind: 'element'
  /** Lower case. */
  readonly name: string
  /** Lower-case names; entity-decoded values; the first of repeated names wins. */
  readonly attributes: Readonly<Record<string, string | undefined>>
  readonly children: readonly HtmlNode[]
  /** Null only for the root <html>. */
  readonly parent: HtmlElement | null
  /** Its position in HtmlDocument.elements, for passes that keep figures per element in arrays. */
  readonly index: number
}

export interface HtmlText {
  readonly kind: 'text'
  /** Entity-decoded, whitespace as written. */
  readonly text: string
  readonly parent: HtmlElement
}

export interface HtmlDocument {
  readonly html: HtmlElement
  readonly head: HtmlElement
  readonly body: HtmlElement
  /** Every element in the order it was opened (the implied <html>, <head> and <body> first), so each comes after its ancestors. */
  readonly elements: readonly HtmlElement[]
}

export interface TextOptions {
  /** Elements left out, with all they hold. */
  skip?: (element: HtmlElement) => boolean
  /** Stop once this many characters are gathered (a bound on the work for a text only wanted if short). */
  limit?: number
}

/** The text under an element, as written (white space kept), gathered without recursion. */
export function textOf(root: HtmlElement, { skip, limit = Infinity }: TextOptions = {}): string {
  const parts: string[] = []
  let length = 0
  const stack: HtmlNode[] = [root]
  for (let node = stack.pop(); node && length <= limit; node = stack.pop()) {
    if (node.kind === 'text') {
      parts.push(node.text)
      length += node.text.length
    } else if (node === root || !skip?.(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode)
    }
  }
  return parts.join('')
}

/** The text on one line: runs of white space as one space, none at the ends. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Per element (by index): 1 when `test` holds for it or for one of its ancestors. One pass, parents first. */
export function flagged(document: HtmlDocument, test: (element: HtmlElement) => boolean): Uint8Array {
  const flags = new Uint8Array(document.elements.length)
  for (const element of document.elements) {
    if ((element.parent && flags[element.parent.index]) || test(element)) flags[element.index] = 1
  }
  return flags
}

/** Whether `element` is `ancestor` or lies inside it. */
export function isInside(element: HtmlElement, ancestor: HtmlElement): boolean {
  for (let at: HtmlElement | null = element; at; at = at.parent) if (at === ancestor) return true
  return false
}
