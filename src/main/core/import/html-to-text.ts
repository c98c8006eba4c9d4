import type { HtmlElement, HtmlNode } from './html-tree'

// Never text for a reader: code, embedded documents, form controls, media, site navigation.
const SKIPPED = new Set(
  ('script style noscript template iframe frame frameset object embed applet svg math canvas button select ' +
    'option input textarea nav head title meta link base audio video source track img picture map area dialog').split(' '),
)
const BLOCKS = new Set(
  ('p div section article main header footer aside blockquote address figure figcaption h1 h2 h3 h4 h5 h6 ' +
    'dl dt dd table thead tbody tfoot caption details summary center fieldset legend form hgroup').split(' '),
)
const LISTS = new Set(['ul', 'ol', 'menu'])
/** Elements whose text stands apart from what is around it: blocks, lists and their items, table rows and cells. */
export const SEPARATE_ELEMENTS: ReadonlySet<string> = new Set([...BLOCKS, ...LISTS, 'li', 'pre', 'tr', 'td', 'th'])
const PARAGRAPH_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z]\)|\(?[ivxlc]{1,6}\)|[a-z]\.)$/i
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i

type Exit = { exit: HtmlElement; name: string }

/**
 * Plain text of a run of nodes: block elements become paragraphs separated
 * by a blank line, headings their own paragraphs, list items "- item" (or
 * "1. item") lines, table rows tab-separated cells; whitespace collapses as
 * a browser would show it. A table cell given as one of the nodes (the
 * article of a page laid out in a table) reads as a block. Elements in
 * `leftOut` are left out with all they hold, as are those that are never
 * text (see isSkipped). Walks without recursion, so any nesting depth is safe.
 */
export function htmlToText(nodes: readonly HtmlNode[], leftOut: ReadonlySet<HtmlElement> = new Set()): string {
  const out = new TextBuilder()
  const lists: Array<{ ordered: boolean; next: number }> = []
  let cells = 0
  let items = 0
  let pre = 0
  const breakFor = (strength: 1 | 2): void => {
    if (cells > 0) out.separate(' ')
    else out.lineBreak(items > 0 ? 1 : strength)
  }
  const stack: Array<HtmlNode | Exit> = [...nodes].reverse()
  const roots = new Set(nodes)
  while (stack.length > 0) {
    const entry = stack.pop() as HtmlNode | Exit
    if ('exit' in entry) {
      const name = entry.name
      if (name === 'li') items--
      if (LISTS.has(name)) lists.pop()
      if (name === 'pre') pre--
      if (name === 'td' || name === 'th') {
        cells--
        if (cells === 0) out.separate('\t')
      } else if (name === 'tr') breakFor(1)
      else if (name === 'li') breakFor(1)
      else if (BLOCKS.has(name) || name === 'pre' || LISTS.has(name)) breakFor(2)
      continue
    }
    if (entry.kind === 'text') {
      out.write(entry.text, pre > 0)
      continue
    }
    const element = entry
    const name = roots.has(element) && (element.name === 'td' || element.name === 'th') ? 'div' : element.name
    if (isSkipped(element) || leftOut.has(element)) continue
    if (name === 'br') {
      if (cells > 0) out.separate(' ')
      else out.lineBreak(1)
      continue
    }
    if (name === 'hr') {
      breakFor(2)
      continue
    }
    if (name === 'li') {
      breakFor(1)
      const list = lists.at(-1)
      const marker = list?.ordered ? `${list.next++}. ` : '- '
      out.prefix('  '.repeat(Math.max(0, lists.length - 1)) + marker)
      items++
    } else if (LISTS.has(name)) {
      breakFor(2)
      lists.push({ ordered: name === 'ol', next: Number.parseInt(element.attributes.start ?? '1', 10) || 1 })
    } else if (name === 'td' || name === 'th') {
      cells++
    } else if (name === 'tr') {
      breakFor(1)
    } else if (name === 'pre') {
      breakFor(2)
      pre++
    } else if (BLOCKS.has(name)) {
      breakFor(2)
    }
    stack.push({ exit: element, name })
    const children = element.children
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as HtmlNode)
  }
  return out.toString()
}

/** Elements that are never text for a reader: code, embedded documents, controls, media, navigation, hidden ones. */
export function isSkipped(element: HtmlElement): boolean {
  const { attributes } = element
  return (
    SKIPPED.has(element.name) ||
    attributes.hidden !== undefined ||
    attributes['aria-hidden'] === 'true' ||
    (attributes.style !== undefined && HIDDEN_STYLE.test(attributes.style))
  )
}

/** Collects lines and paragraphs; breaks are only written once text follows them, so empty blocks leave nothing. */
class TextBuilder {
  private readonly paragraphs: string[][] = []
  private lines: string[] = []
  private line = ''
  private pendingBreak: 0 | 1 | 2 = 0
  private pendingPrefix = ''
  private pendingSeparator = ''

  lineBreak(strength: 1 | 2): void {
    if (strength > this.pendingBreak) this.pendingBreak = strength
    this.pendingSeparator = ''
  }

  /** A space or tab before the next text on the same line (inside table cells). */
  separate(separator: ' ' | '\t'): void {
    if (this.line !== '' && this.pendingBreak === 0 && this.pendingSeparator !== '\t') this.pendingSeparator = separator
  }

  prefix(marker: string): void {
    this.pendingPrefix = marker
  }

  write(raw: string, preformatted: boolean): void {
    const text = preformatted || !hasCollapsibleSpace(raw) ? raw : raw.replace(/[ \t\n\r\f]+/g, ' ')
    if (text.trim() === '') {
      if (!preformatted && this.line !== '' && !/[ \t]$/.test(this.line)) this.line += ' '
      return
    }
    const [first = '', ...rest] = text.split('\n')
    this.append(first)
    for (const next of rest) {
      this.endLine()
      this.line = next
    }
  }

  private append(text: string): void {
    if (this.pendingBreak > 0) {
      this.endLine()
      if (this.pendingBreak === 2) this.endParagraph()
      this.pendingBreak = 0
    }
    if (this.pendingSeparator && this.line !== '') this.line = this.line.trimEnd() + this.pendingSeparator
    this.pendingSeparator = ''
    if (this.line === '') {
      this.line = this.pendingPrefix
      this.pendingPrefix = ''
      text = text.trimStart()
    } else if (/[ \t]$/.test(this.line)) {
      text = text.trimStart()
    }
    this.line += text
  }

  private endLine(): void {
    const line = this.line.trimEnd()
    if (line.trim() !== '') this.lines.push(line)
    this.line = ''
  }

  private endParagraph(): void {
    if (this.lines.length > 0) this.paragraphs.push(this.lines)
    this.lines = []
  }

  toString(): string {
    this.endLine()
    this.endParagraph()
    const paragraphs: string[] = []
    let marker = ''
    for (const lines of this.paragraphs) {
      const text = lines.join('\n')
      // Legal pages set a paragraph's number in its own box beside the text
      // ("1." then the paragraph): the number belongs to the paragraph.
      if (lines.length === 1 && PARAGRAPH_NUMBER.test(text)) {
        marker += `${text} `
        continue
      }
      paragraphs.push(marker + text)
      marker = ''
    }
    if (marker) paragraphs.push(marker.trimEnd())
    return paragraphs.join('\n\n')
  }
}

/**
 * Whether white space in the text would collapse. Most text nodes hold
 * single spaces only: testing first spares rebuilding each string, which
 * was most of the conversion time of a long article, and native searches
 * for single characters test faster than one regular expression.
 */
function hasCollapsibleSpace(text: string): boolean {
  return text.includes('\n') || text.includes('  ') || text.includes('\t') || text.includes('\r') || text.includes('\f')
}
