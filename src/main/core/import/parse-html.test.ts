import { describe, expect, it } from 'vitest'
import type { HtmlElement, HtmlNode } from './html-tree'
import { MAX_NESTING } from './open-elements'
import { parseHtml } from './parse-html'
import { ImportError } from './types'
import { growthRatio } from '../testing/timing'

/** The tree as compact text: elements as name(children), text as "quoted", white space between tags dropped. */
function shape(node: HtmlNode): string {
  if (node.kind === 'text') return JSON.stringify(node.text)
  const children = node.children.filter((child) => child.kind === 'element' || child.text.trim() !== '')
  return children.length > 0 ? `${node.name}(${children.map(shape).join(' ')})` : node.name
}
const body = (html: string): string => shape(parseHtml(html).body)

describe('parseHtml', () => {
  it('builds html, head and body around a fragment, and puts head content in the head', () => {
    const document = parseHtml('<title>T</title><meta name="a" content="b">Text <b>bold</b>')
    expect(shape(document.html)).toBe('html(head(title("T") meta) body("Text " b("bold")))')
    expect(document.elements.map((element) => element.name)).toEqual(['html', 'head', 'body', 'title', 'meta', 'b'])
    expect(document.elements.every((element, i) => element.index === i)).toBe(true)
  })

  it('keeps the attributes of <html>, <head> and <body> wherever their tags appear', () => {
    const document = parseHtml('<!doctype html><html lang="fr"><head><link rel="canonical" href="u"></head><body class="page"><p>x</p><body id="late">')
    expect(document.html.attributes).toEqual({ lang: 'fr' })
    expect(document.body.attributes).toEqual({ class: 'page', id: 'late' })
    expect(shape(document.head)).toBe('head(link)')
  })

  it('starts the body at the first content, even when <head> is never closed', () => {
    expect(shape(parseHtml('<head><title>T</title><div>Body text</div>').html)).toBe('html(head(title("T")) body(div("Body text")))')
    expect(shape(parseHtml('<head><noscript><img src="x"></noscript><p>Body</p>').html)).toBe('html(head(noscript(img)) body(p("Body")))')
  })

  it('closes paragraphs, list items, definitions, cells, rows and options as HTML implies', () => {
    expect(body('<p>one<p>two<div>three</div>')).toBe('body(p("one") p("two") div("three"))')
    expect(body('<ul><li>one<li><p>two<li>three</ul>')).toBe('body(ul(li("one") li(p("two")) li("three")))')
    expect(body('<dl><dt>term<dd><p>meaning<dt>next</dl>')).toBe('body(dl(dt("term") dd(p("meaning")) dt("next")))')
    expect(body('<table><tr><td>a<td><p>b<tr><th>c</table>')).toBe('body(table(tr(td("a") td(p("b"))) tr(th("c"))))')
    expect(body('<select><option>a<option>b</select>')).toBe('body(select(option("a") option("b")))')
    expect(body('<h1>one<h2>two</h2>')).toBe('body(h1("one") h2("two"))')
  })

  it('lets an end tag close only within its scope', () => {
    expect(body('<div><table><tr><td>cell</div> after</td></tr></table>rest</div>')).toBe('body(div(table(tr(td("cell after"))) "rest"))')
    expect(body('<ul><li>outer<ol><li>inner</ol>more</ul>')).toBe('body(ul(li("outer" ol(li("inner")) "more")))')
    expect(body('<span>a</p>b</span>')).toBe('body(span("a" p "b"))')
  })

  it('never nests void elements, reads </br> as <br>, and a stray </p> as an empty paragraph', () => {
    expect(body('a<br>b<img src=x>c<hr/>d</br>e')).toBe('body("a" br "b" img "c" hr "d" br "e")')
    expect(body('text</p>more')).toBe('body("text" p "more")')
  })

  it('reads script, style and title as raw text, and leaves out comments, CDATA and doctypes', () => {
    const document = parseHtml('<!doctype html><title>A &amp; <b>B</b></title><script>if (a < b) document.write("<p>x</p>")</script><style>p > a {}</style><!-- <p>hidden</p> --><![CDATA[ data ]]>visible')
    expect(shape(document.html)).toBe(
      'html(head(title("A & <b>B</b>") script("if (a < b) document.write(\\"<p>x</p>\\")") style("p > a {}")) body("visible"))',
    )
  })

  it('takes a self-closing script at its word rather than swallowing the rest of the page', () => {
    expect(body('<p>before</p><script src="x.js"/><p>after</p>')).toBe('body(p("before") script p("after"))')
  })

  it('decodes entities in text and attributes, invalid code points included', () => {
    const document = parseHtml('<p title="Q&amp;A &quot;x&quot;">caf&eacute; &#8212; &#x1F600; &#0; &#x110000; &xyz; &not</p>')
    const paragraph = document.body.children[0] as HtmlElement
    expect(paragraph.attributes.title).toBe('Q&A "x"')
    expect(paragraph.children).toMatchObject([{ kind: 'text', text: 'café — 😀 \uFFFD \uFFFD &xyz; ¬' }])
  })

  it('lower-cases names, keeps the first of repeated attributes, and gives attributes no prototype', () => {
    const paragraph = parseHtml('<P CLASS="a" class="b" constructor="c" __proto__="d" hidden>x</P>').body.children[0] as HtmlElement
    expect(paragraph.name).toBe('p')
    expect({ ...paragraph.attributes }).toEqual({ class: 'a', constructor: 'c', ['__proto__']: 'd', hidden: '' })
    expect(Object.getPrototypeOf(paragraph.attributes)).toBeNull()
  })

  it('closes what is still open at the end, in a tag cut off or not', () => {
    expect(body('<div><p>unclosed <b>bold')).toBe('body(div(p("unclosed " b("bold"))))')
    expect(body('<div>kept</div><p class="cut')).toBe('body(div("kept"))')
  })

  it('reads SVG and MathML as foreign content: self-closing tags close, and HTML ends it', () => {
    expect(body('<svg><path d="x"/><circle/><text>label</text></svg><p>after</p>')).toBe('body(svg(path circle text("label")) p("after"))')
    expect(body('<svg><g><p>breaks out</p>')).toBe('body(svg(g) p("breaks out"))')
    expect(body('<math><mi>x</mi></math>text')).toBe('body(math(mi("x")) "text")')
  })

  it(`refuses markup nested more than ${MAX_NESTING} levels deep, without reading on`, () => {
    expect(() => parseHtml('<div>'.repeat(MAX_NESTING - 2))).not.toThrow()
    expect(() => parseHtml('<div>'.repeat(200_000))).toThrow(ImportError)
    expect(() => parseHtml('<span>'.repeat(5000))).toThrow(/nested more than 1000 levels deep/)
  })

  it('keeps pages of unclosed paragraphs, items and cells shallow, however many', () => {
    const items = parseHtml(`<ul>${'<li><p>item'.repeat(20_000)}</ul>`)
    expect(items.body.children[0]?.kind === 'element' && items.body.children[0].children).toHaveLength(20_000)
    expect(() => parseHtml(`<table><tr>${'<td><p>cell'.repeat(20_000)}</table>`)).not.toThrow()
    expect(() => parseHtml(`<dl>${'<dt><p>term<dd><p>meaning'.repeat(10_000)}</dl>`)).not.toThrow()
  })

  it('takes time in proportion to the page, on markup that makes stacks, scans or text pieces grow', () => {
    const pages: Array<[number, (n: number) => string]> = [
      [5_000, (n) => `<ul>${'<li><p>item'.repeat(n)}</ul>${'</x>'.repeat(n)}`],
      [5_000, (n) => `${'<span>'.repeat(900)}${'<div></div></b>'.repeat(n)}`],
      [5_000, (n) => `<p><table>${'<span>'.repeat(900)}${'</p><p>'.repeat(n)}`],
      [100_000, (n) => '<a'.repeat(n)],
      [100_000, (n) => `${'<1'.repeat(n)}>`],
      [50_000, (n) => `<p>${'&lt;'.repeat(n)}</p>`],
    ]
    for (const [start, page] of pages) {
      const ratio = growthRatio(page, parseHtml, start)
      // Sixteen times the input: about sixteen times the time when linear, 256 when quadratic; this machine's noise has given 3x.
      expect(ratio).toBeLessThan(64)
    }
  }, 30_000)
})
