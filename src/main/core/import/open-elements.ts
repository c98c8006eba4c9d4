import type { HtmlElement } from './html-tree'
import { ImportError } from './types'

/** Deeper than any real page; pages nested deeper are built to stall readers. */
export const MAX_NESTING = 1000

const DEFAULT_BOUNDARIES = ['html', 'table', 'td', 'th', 'caption', 'marquee', 'object', 'applet', 'template', 'svg', 'math']

/**
 * HTML's scopes: an implied or explicit end tag closes an open element only
 * when no boundary of its scope stands between it and the current element
 * (a </div> inside a table cell does not close a <div> outside the table).
 */
export const Scope = { Default: 0, Button: 1, List: 2, Definition: 3, Table: 4 } as const
export type Scope = (typeof Scope)[keyof typeof Scope]

const SCOPE_BOUNDARIES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(DEFAULT_BOUNDARIES),
  new Set([...DEFAULT_BOUNDARIES, 'button']),
  new Set([...DEFAULT_BOUNDARIES, 'ol', 'ul', 'menu']),
  new Set([...DEFAULT_BOUNDARIES, 'dl']),
  new Set(['html', 'table', 'template']),
]

const FOREIGN_ROOTS = new Set(['svg', 'math'])
// Inside SVG and MathML, these hold HTML again.
const HTML_INSIDE_FOREIGN = new Set(['foreignobject', 'desc', 'title', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml'])

/**
 * The stack of open elements of the tree builder. Every question it answers
 * (which element is open, is it in scope) costs constant time, and every
 * element is pushed and popped once, so building stays linear however the
 * markup is nested or broken.
 */
export class OpenElements {
  private readonly elements: HtmlElement[] = []
  /** Per element on the stack: whether its children are SVG or MathML. */
  private readonly foreign: boolean[] = []
  /** Per scope, per element on the stack: the index of the nearest boundary at or below it, or -1. */
  private readonly boundaries: number[][] = SCOPE_BOUNDARIES.map(() => [])
  /** Per element name, the stack indexes where elements of that name are open. */
  private readonly indexes = new Map<string, number[]>()

  get current(): HtmlElement {
    return this.elements.at(-1) as HtmlElement
  }

  get inForeignContent(): boolean {
    return this.foreign.at(-1) === true
  }

  push(element: HtmlElement): void {
    const at = this.elements.length
    if (at >= MAX_NESTING) {
      throw new ImportError(`its elements are nested more than ${MAX_NESTING} levels deep, which no real page needs; it may be built to stall readers`)
    }
    this.elements.push(element)
    const parentForeign = this.foreign.at(-1) === true
    this.foreign.push(FOREIGN_ROOTS.has(element.name) || (parentForeign && !HTML_INSIDE_FOREIGN.has(element.name)))
    for (let scope = 0; scope < SCOPE_BOUNDARIES.length; scope++) {
      const below = this.boundaries[scope] as number[]
      below.push(SCOPE_BOUNDARIES[scope]?.has(element.name) ? at : (below.at(-1) ?? -1))
    }
    const indexes = this.indexes.get(element.name)
    if (indexes) indexes.push(at)
    else this.indexes.set(element.name, [at])
  }

  pop(): void {
    const element = this.elements.pop()
    if (!element) return
    this.foreign.pop()
    for (const below of this.boundaries) below.pop()
    this.indexes.get(element.name)?.pop()
  }

  /** Pops every element, then opens `elements` afresh (the tree builder moving from <head> to <body>). */
  reset(...elements: HtmlElement[]): void {
    while (this.elements.length > 0) this.pop()
    for (const element of elements) this.push(element)
  }

  /** Pops the SVG or MathML elements above the nearest HTML one. */
  leaveForeignContent(): void {
    while (this.inForeignContent) this.pop()
  }

  /**
   * Closes the topmost open element named one of `names`, and everything
   * above it, unless a boundary of `scope` stands between; says whether it did.
   */
  closeInScope(names: readonly string[], scope: Scope): boolean {
    let at = -1
    for (const name of names) at = Math.max(at, this.indexes.get(name)?.at(-1) ?? -1)
    if (at < 0 || at < (this.boundaries[scope]?.at(-1) ?? -1)) return false
    while (this.elements.length > at) this.pop()
    return true
  }
}
