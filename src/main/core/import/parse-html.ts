import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2'
import { HEADINGS, type HtmlDocument, type HtmlElement, type HtmlNode } from './html-tree'
import { OpenElements, Scope } from './open-elements'

type Attributes = Record<string, string | undefined>
type Element = HtmlElement & { children: HtmlNode[]; attributes: Attributes }

const NO_ATTRIBUTES: Attributes = Object.freeze(newAttributes())

const VOID = new Set(
  'area base basefont bgsound br col embed frame hr img image input keygen link meta param source track wbr'.split(' '),
)
// The tokenizer reads these as raw text unless written self-closing, which it then takes at its word.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp'])
const HEAD_CONTENT = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title'])
// Their start tag ends an open paragraph.
const CLOSES_PARAGRAPH = new Set(
  ('address article aside blockquote center details dialog dir div dl dd dt fieldset figcaption figure footer form ' +
    'header hgroup hr h1 h2 h3 h4 h5 h6 li listing main menu nav ol p pre search section summary table ul xmp').split(' '),
)
// An HTML element met inside SVG or MathML ends the foreign content, as browsers do.
const LEAVES_FOREIGN = new Set(
  ('b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta ' +
    'nobr ol p pre ruby s small span strike strong sub sup table tt u ul var').split(' '),
)
const TABLE_PARTS = new Set(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'])

/**
 * Builds the document tree of an HTML page with htmlparser2's tokenizer
 * (which reads script and style as raw text and decodes entities) and a
 * small part of HTML's tree construction: implied end tags (p, li, dt/dd,
 * td/th/tr, option), void elements, head and body implied when missing.
 * It is a parser only: nothing runs and nothing is fetched. Linear in the
 * size of the page; refuses a page nested more than MAX_NESTING deep.
 */
export function parseHtml(html: string): HtmlDocument {
  const builder = new TreeBuilder(html)
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder)
  tokenizer.write(html)
  tokenizer.end()
  return builder.document
}

class TreeBuilder implements TokenizerCallbacks {
  private readonly elements: HtmlElement[] = []
  // Written as <html>, <head> and <body> or not, they exist: their tags only add attributes.
  private readonly html = this.create('html', newAttributes(), null)
  private readonly head = this.create('head', newAttributes(), this.html)
  private readonly body = this.create('body', newAttributes(), this.html)
  private readonly open = new OpenElements()
  private mode: 'in head' | 'after head' | 'in body' = 'in head'
  // The text being read: decoded pieces, then the run of source still to slice (a stray "<" splits the
  // tokenizer's reports, and slicing each report would make a garbage string of every one).
  private readonly text: string[] = []
  private runStart = 0
  private runEnd = 0
  private tagName = ''
  private attributes: Attributes | null = null
  private attributeName = ''
  private attributeValue = ''

  constructor(private readonly source: string) {
    this.open.reset(this.html, this.head)
  }

  get document(): HtmlDocument {
    return { html: this.html, head: this.head, body: this.body, elements: this.elements }
  }

  ontext(start: number, end: number): void {
    if (start !== this.runEnd) {
      this.endRun()
      this.runStart = start
    }
    this.runEnd = end
  }

  ontextentity(codePoint: number): void {
    this.endRun()
    this.text.push(String.fromCodePoint(codePoint))
  }

  onopentagname(start: number, end: number): void {
    this.flushText()
    this.tagName = this.source.slice(start, end).toLowerCase()
    this.attributes = null
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.source.slice(start, end).toLowerCase()
  }

  onattribdata(start: number, end: number): void {
    this.attributeValue += this.source.slice(start, end)
  }

  onattribentity(codePoint: number): void {
    this.attributeValue += String.fromCodePoint(codePoint)
  }

  onattribend(): void {
    this.attributes ??= newAttributes()
    if (this.attributes[this.attributeName] === undefined) this.attributes[this.attributeName] = this.attributeValue
    this.attributeValue = ''
  }

  onopentagend(): void {
    this.startTag(this.tagName, this.attributes ?? NO_ATTRIBUTES, false)
  }

  onselfclosingtag(): void {
    this.startTag(this.tagName, this.attributes ?? NO_ATTRIBUTES, true)
  }

  onclosetag(start: number, end: number): void {
    this.flushText()
    this.endTag(this.source.slice(start, end).toLowerCase())
  }

  // Comments, CDATA (a comment in HTML), doctypes and processing instructions hold no text a reader sees.
  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  onend(): void {
    this.flushText()
  }

  private startTag(name: string, attributes: Attributes, selfClosing: boolean): void {
    if (name === 'html' || name === 'head' || name === 'body') {
      const target = name === 'html' ? this.html : name === 'head' ? this.head : this.body
      if (target !== this.head || this.mode !== 'in body') {
        for (const [key, value] of Object.entries(attributes)) target.attributes[key] ??= value
      }
      if (name === 'body') this.enterBody()
      return
    }
    if (this.mode !== 'in body' && !this.insideHeadElement()) {
      if (HEAD_CONTENT.has(name)) {
        this.insert(name, attributes, selfClosing, this.head)
        return
      }
      this.enterBody()
    }
    if (this.open.inForeignContent) {
      if (!LEAVES_FOREIGN.has(name)) {
        this.insert(name, attributes, selfClosing, this.current, true)
        return
      }
      this.open.leaveForeignContent()
    }
    this.closeImpliedBy(name)
    this.insert(name, attributes, selfClosing, this.current)
  }

  private endTag(name: string): void {
    if (name === 'br') {
      // Browsers read a stray </br> as <br>.
      this.startTag('br', NO_ATTRIBUTES, false)
      return
    }
    if (VOID.has(name) || name === 'html' || name === 'body') return
    if (this.mode !== 'in body') {
      if (name === 'head') {
        this.open.reset(this.html)
        this.mode = 'after head'
      } else if (this.insideHeadElement()) {
        this.open.closeInScope([name], Scope.Default)
      }
      return
    }
    if (this.open.inForeignContent) this.open.closeInScope([name], Scope.Default)
    else if (name === 'p') {
      // A </p> with no open paragraph still ends one in browsers: an empty paragraph.
      if (!this.open.closeInScope(['p'], Scope.Button)) this.create('p', NO_ATTRIBUTES, this.current)
    } else if (name === 'li') this.open.closeInScope(['li'], Scope.List)
    else if (name === 'dd' || name === 'dt') this.open.closeInScope([name], Scope.Definition)
    else if (TABLE_PARTS.has(name)) this.open.closeInScope([name], Scope.Table)
    else this.open.closeInScope([name], Scope.Default)
  }

  /** The end tags HTML implies before this start tag. */
  private closeImpliedBy(name: string): void {
    const open = this.open
    if (name === 'li') open.closeInScope(['li'], Scope.List)
    else if (name === 'dd' || name === 'dt') open.closeInScope(['dd', 'dt'], Scope.Definition)
    else if (name === 'td' || name === 'th') open.closeInScope(['td', 'th'], Scope.Table)
    else if (name === 'tr') open.closeInScope(['tr'], Scope.Table)
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot') open.closeInScope(['thead', 'tbody', 'tfoot'], Scope.Table)
    else if (name === 'a' || name === 'button') open.closeInScope([name], Scope.Default)
    else if (name === 'option' || name === 'optgroup') {
      if (open.current.name === 'option') open.closeInScope(['option'], Scope.Default)
      if (name === 'optgroup' && open.current.name === 'optgroup') open.closeInScope(['optgroup'], Scope.Default)
    }
    if (CLOSES_PARAGRAPH.has(name)) open.closeInScope(['p'], Scope.Button)
    if (HEADINGS.has(name) && HEADINGS.has(open.current.name)) open.closeInScope([open.current.name], Scope.Default)
  }

  private insert(name: string, attributes: Attributes, selfClosing: boolean, parent: Element, foreign = false): void {
    const child = this.create(name, attributes, parent)
    const closed = VOID.has(name) || (selfClosing && (foreign || RAW_TEXT.has(name)))
    if (!closed) this.open.push(child)
  }

  private endRun(): void {
    if (this.runEnd > this.runStart) this.text.push(this.source.slice(this.runStart, this.runEnd))
    this.runStart = this.runEnd
  }

  private flushText(): void {
    this.endRun()
    if (this.text.length === 0) return
    const text = this.text.length === 1 ? (this.text[0] as string) : this.text.join('')
    this.text.length = 0
    if (this.mode !== 'in body' && !this.insideHeadElement()) {
      // Before the body, white space is layout and anything else starts the body.
      if (/^[ \t\n\r\f]*$/.test(text)) return
      this.enterBody()
    }
    const parent = this.current
    const last = parent.children.at(-1)
    if (last?.kind === 'text') (last as { text: string }).text += text
    else parent.children.push({ kind: 'text', text, parent })
  }

  private get current(): Element {
    return this.open.current as Element
  }

  /** Inside <title>, <script>, <noscript>... of the head, where content stays in the head. */
  private insideHeadElement(): boolean {
    const current = this.open.current
    return current !== this.head && current !== this.html
  }

  private create(name: string, attributes: Attributes, parent: Element | null): Element {
    const created: Element = { kind: 'element', name, attributes, children: [], parent, index: this.elements.length }
    this.elements.push(created)
    parent?.children.push(created)
    return created
  }

  private enterBody(): void {
    if (this.mode === 'in body') return
    this.mode = 'in body'
    this.open.reset(this.html, this.body)
  }
}

// No prototype: an attribute named "constructor" or "__proto__" is just a name.
function newAttributes(): Attributes {
  return Object.create(null) as Attributes
}
