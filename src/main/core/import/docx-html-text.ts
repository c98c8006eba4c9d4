import { parseHTML } from 'linkedom'

/**
 * mammoth's HTML is shallow, but a hostile document can nest tables or lists
 * deeply: below this depth the rest of a subtree becomes one paragraph.
 */
const MAX_DEPTH = 64

const NOTE_ID = /^(footnote|endnote)-\d+$/
const NOTE_BACKLINK = /^#(footnote|endnote)-ref-/
const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'TD', 'TH', 'DIV'])

interface Block {
  text: string
  /** Blocks sharing a group (one list, one table) are separated by a line break, others by a blank line. */
  group?: object
}

export interface DocxText {
  text: string
  firstHeading?: string
}

/** The little of the DOM this walk uses; linkedom's own typings lean on lib.dom, which core does not load. */
interface Node {
  nodeType: number
  textContent: string | null
  childNodes: ArrayLike<Node>
}
interface Element extends Node {
  tagName: string
  id: string
  children: ArrayLike<Element>
  getAttribute(name: string): string | null
  closest(selector: string): Element | null
  querySelector(selector: string): Element | null
  querySelectorAll(selector: string): ArrayLike<Element>
}

const ELEMENT = 1
const TEXT = 3

/** Text of an element, walking with an explicit stack; skipped subtrees and note backlinks are left out. */
function inlineText(root: Element, skip: (el: Element) => boolean, blockSeparator: string): string {
  const parts: string[] = []
  const stack: Node[] = Array.from(root.childNodes).reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeType === TEXT) parts.push(node.textContent ?? '')
    if (node.nodeType !== ELEMENT) continue
    const el = node as Element
    if (el.tagName === 'BR') parts.push(blockSeparator === ' ' ? ' ' : '\n')
    if (skip(el) || NOTE_BACKLINK.test(el.getAttribute('href') ?? '')) continue
    if (BLOCK_TAGS.has(el.tagName) && parts.length > 0) parts.push(blockSeparator)
    stack.push(...Array.from(el.childNodes).reverse())
  }
  return parts.join('')
}

const isList = (el: Element): boolean => el.tagName === 'UL' || el.tagName === 'OL'
const isNoteList = (el: Element): boolean => isList(el) && NOTE_ID.test(el.children[0]?.id ?? '')
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

class Walker {
  readonly blocks: Block[] = []
  readonly notes: Block[] = []
  firstHeading: string | undefined

  constructor(private readonly body: Element) {}

  walk(parent: Element, depth: number): void {
    for (const el of Array.from(parent.children)) {
      if (depth >= MAX_DEPTH) this.push(oneLine(inlineText(el, () => false, ' ')))
      else if (/^H[1-6]$/.test(el.tagName)) this.heading(el)
      else if (el.tagName === 'P') this.push(inlineText(el, () => false, '\n').trim())
      else if (isNoteList(el)) this.collectNotes(el)
      else if (isList(el)) this.list(el, 0, depth, {})
      else if (el.tagName === 'TABLE') this.table(el)
      else this.walk(el, depth + 1)
    }
  }

  private push(text: string, group?: object): void {
    if (text !== '') this.blocks.push(group ? { text, group } : { text })
  }

  private heading(el: Element): void {
    const text = oneLine(inlineText(el, () => false, ' '))
    this.firstHeading ??= text || undefined
    this.push(text)
  }

  private list(el: Element, level: number, depth: number, group: object): void {
    for (const item of Array.from(el.children)) {
      const text = oneLine(inlineText(item, isList, ' '))
      if (text !== '') this.push(`${'  '.repeat(level)}- ${text}`, group)
      for (const nested of Array.from(item.children).filter(isList)) {
        if (depth + level < MAX_DEPTH) this.list(nested, level + 1, depth, group)
      }
    }
  }

  private table(table: Element): void {
    const group = {}
    for (const row of Array.from(table.querySelectorAll('tr'))) {
      // A nested table's rows belong to the cell that holds it, not to this table.
      if (row.closest('table') !== table) continue
      const cells = Array.from(row.children).map((cell) => oneLine(inlineText(cell, () => false, ' ')))
      if (cells.some((cell) => cell !== '')) this.push(cells.join('\t'), group)
    }
  }

  private collectNotes(list: Element): void {
    for (const item of Array.from(list.children)) {
      const text = oneLine(inlineText(item, () => false, ' '))
      const marker = this.body.querySelector(`a[href="#${item.id}"]`)?.textContent?.trim()
      if (text !== '') this.notes.push({ text: `${marker || `[${this.notes.length + 1}]`} ${text}` })
    }
  }
}

function joinBlocks(blocks: readonly Block[]): string {
  return blocks
    .map((block, i) => {
      const previous = blocks[i - 1]
      if (!previous) return block.text
      return (block.group && block.group === previous.group ? '\n' : '\n\n') + block.text
    })
    .join('')
}

/**
 * Turns mammoth's HTML into plain paragraphs: headings and paragraphs apart
 * by blank lines, list items as "- item", table rows as tab-separated cells,
 * and footnotes/endnotes gathered under a final "Notes" paragraph.
 */
export function docxHtmlToText(html: string): DocxText {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const body = document.body as unknown as Element
  const walker = new Walker(body)
  walker.walk(body, 0)
  const notes = walker.notes.length > 0 ? [{ text: 'Notes' }, ...walker.notes] : []
  return { text: joinBlocks([...walker.blocks, ...notes]), firstHeading: walker.firstHeading }
}
