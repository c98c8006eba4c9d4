import { type HtmlElement, type HtmlNode, oneLine, textOf } from './html-tree'
import { parseHtml } from './parse-html'

/**
 * mammoth's HTML is shallow, but a hostile document can nest tables or lists
 * deeply: below this depth the rest of a subtree becomes one paragraph.
 */
const MAX_DEPTH = 64

const NOTE_ID = /^(footnote|endnote)-\d+$/
const NOTE_BACKLINK = /^#(footnote|endnote)-ref-/
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'div'])

interface Block {
  text: string
  /** Blocks sharing a group (one list, one table) are separated by a line break, others by a blank line. */
  group?: object
}

export interface DocxText {
  text: string
  firstHeading?: string
}

/** Text of an element, walking with an explicit stack; skipped subtrees and note backlinks are left out. */
function inlineText(root: HtmlElement, skip: (el: HtmlElement) => boolean, blockSeparator: string): string {
  const parts: string[] = []
  const stack: HtmlNode[] = [...root.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.kind === 'text') {
      parts.push(node.text)
      continue
    }
    if (node.name === 'br') parts.push(blockSeparator === ' ' ? ' ' : '\n')
    if (skip(node) || NOTE_BACKLINK.test(node.attributes.href ?? '')) continue
    if (BLOCK_TAGS.has(node.name) && parts.length > 0) parts.push(blockSeparator)
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode)
  }
  return parts.join('')
}

const elementsOf = (el: HtmlElement): HtmlElement[] => el.children.filter((child) => child.kind === 'element')
const isList = (el: HtmlElement): boolean => el.name === 'ul' || el.name === 'ol'
const isNoteList = (el: HtmlElement): boolean => isList(el) && NOTE_ID.test(elementsOf(el)[0]?.attributes.id ?? '')

/** The rows of a table, not those of the tables nested in its cells (they belong to the cell that holds them). */
function rowsOf(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = []
  const stack = elementsOf(table).reverse()
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (el.name === 'tr') rows.push(el)
    else if (el.name !== 'table') for (const child of elementsOf(el).reverse()) stack.push(child)
  }
  return rows
}

class Walker {
  readonly blocks: Block[] = []
  readonly notes: Block[] = []
  firstHeading: string | undefined

  /** Each note's marker: the text of the first link to it. */
  private readonly noteMarkers = new Map<string, string>()

  constructor(elements: readonly HtmlElement[]) {
    for (const el of elements) {
      const href = el.name === 'a' ? el.attributes.href : undefined
      if (href?.startsWith('#') && !this.noteMarkers.has(href)) this.noteMarkers.set(href, textOf(el))
    }
  }

  walk(parent: HtmlElement, depth: number): void {
    for (const el of elementsOf(parent)) {
      if (depth >= MAX_DEPTH) this.push(oneLine(inlineText(el, () => false, ' ')))
      else if (/^h[1-6]$/.test(el.name)) this.heading(el)
      else if (el.name === 'p') this.push(inlineText(el, () => false, '\n').trim())
      else if (isNoteList(el)) this.collectNotes(el)
      else if (isList(el)) this.list(el, 0, depth, {})
      else if (el.name === 'table') this.table(el)
      else this.walk(el, depth + 1)
    }
  }

  private push(text: string, group?: object): void {
    if (text !== '') this.blocks.push(group ? { text, group } : { text })
  }

  private heading(el: HtmlElement): void {
    const text = oneLine(inlineText(el, () => false, ' '))
    this.firstHeading ??= text || undefined
    this.push(text)
  }

  private list(el: HtmlElement, level: number, depth: number, group: object): void {
    for (const item of elementsOf(el)) {
      const text = oneLine(inlineText(item, isList, ' '))
      if (text !== '') this.push(`${'  '.repeat(level)}- ${text}`, group)
      for (const nested of elementsOf(item).filter(isList)) {
        if (depth + level < MAX_DEPTH) this.list(nested, level + 1, depth, group)
      }
    }
  }

  private table(table: HtmlElement): void {
    const group = {}
    for (const row of rowsOf(table)) {
      const cells = elementsOf(row).map((cell) => oneLine(inlineText(cell, () => false, ' ')))
      if (cells.some((cell) => cell !== '')) this.push(cells.join('\t'), group)
    }
  }

  private collectNotes(list: HtmlElement): void {
    for (const item of elementsOf(list)) {
      const text = oneLine(inlineText(item, () => false, ' '))
      const marker = this.noteMarkers.get(`#${item.attributes.id ?? ''}`)?.trim()
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
  const document = parseHtml(html)
  const walker = new Walker(document.elements)
  walker.walk(document.body, 0)
  const notes = walker.notes.length > 0 ? [{ text: 'Notes' }, ...walker.notes] : []
  return { text: joinBlocks([...walker.blocks, ...notes]), firstHeading: walker.firstHeading }
}
