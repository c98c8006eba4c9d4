import { describe, expect, it } from 'vitest'
import type { HtmlNode } from './html-tree'
import { htmlToText } from './html-to-text'
import { parseHtml } from './parse-html'

function body(html: string): HtmlNode[] {
  return [parseHtml(`<!doctype html><html><body>${html}</body></html>`).body]
}

describe('htmlToText', () => {
  it('makes paragraphs of blocks and headings, and collapses whitespace', () => {
    const html = '<h1>Title</h1>\n  <p>First   para\n graph with <b>bold</b> and <a href="x">a link</a>.</p><div>Second<br>line two</div>'
    expect(htmlToText(body(html))).toBe('Title\n\nFirst para graph with bold and a link.\n\nSecond\nline two')
  })

  it('collapses every run of spaces, tabs and line breaks, and leaves single spaces and no-break spaces alone', () => {
    const html = ['a\tb', 'c\rd', 'e\ff', 'g\nh', 'i  j', 'k \u00a0\u00a0l m'].map((text) => `<p>${text}</p>`).join('')
    expect(htmlToText(body(html))).toBe('a b\n\nc d\n\ne f\n\ng h\n\ni j\n\nk \u00a0\u00a0l m')
  })

  it('writes list items as lines, numbered in ordered lists, indented when nested', () => {
    const html = '<p>Parties shall:</p><ol start="3"><li>protect</li><li><p>report</p><ul><li>yearly</li></ul></li></ol><ul><li>cooperate</li></ul>'
    expect(htmlToText(body(html))).toBe('Parties shall:\n\n3. protect\n4. report\n  - yearly\n\n- cooperate')
  })

  it('writes table rows as tab-separated cells, even when cells hold paragraphs', () => {
    const html = '<table><tr><th>Article</th><th>Duty</th></tr><tr><td><p>(a)</p></td><td><p>protect</p><p>and report</p></td></tr><tr><td></td><td> </td></tr></table>'
    expect(htmlToText(body(html))).toBe('Article\tDuty\n(a)\tprotect and report')
  })

  it('keeps preformatted text as written', () => {
    expect(htmlToText(body('<pre>  a   b\n    c</pre><p>after</p>'))).toBe('a   b\n    c\n\nafter')
  })

  it('joins a paragraph number set apart from its paragraph', () => {
    expect(htmlToText(body('<div><span>1.</span><div>Each State Party shall act.</div></div>'))).toBe('1. Each State Party shall act.')
  })

  it('leaves out code, embedded documents, forms, navigation and hidden elements', () => {
    const html = [
      '<nav>Home | About</nav><script>steal()</script><style>p{}</style><noscript>enable js</noscript>',
      '<iframe srcdoc="<p>framed</p>"></iframe><svg><script>alert(1)</script><text>svg text</text></svg>',
      '<p hidden>hidden attr</p><p style="display: none">styled away</p><span aria-hidden="true">icon</span>',
      '<form><button>Send</button><select><option>Choice</option></select><textarea>typed</textarea></form>',
      '<template><p>template</p></template><img alt="picture" src="x" onerror="alert(1)"><p>Kept.</p>',
    ].join('')
    expect(htmlToText(body(html))).toBe('Kept.')
  })

  it('leaves out the elements it is told to, with all they hold', () => {
    const page = parseHtml('<p>Kept.</p><div class="share"><p>Share this</p></div><p>Also kept.</p>')
    const share = page.elements.filter((element) => element.name === 'div')
    expect(htmlToText([page.body], new Set(share))).toBe('Kept.\n\nAlso kept.')
  })

  it('reads a table cell given on its own as a block, and separates the nodes it is given', () => {
    const table = parseHtml('<table><tr><td><p>First.</p><p>Second.</p></td></tr></table><p>Third.</p>')
    const cell = table.elements.find((element) => element.name === 'td')
    const third = table.elements.at(-1)
    expect(cell && third && htmlToText([cell, third])).toBe('First.\n\nSecond.\n\nThird.')
  })

  it('walks any depth without recursion', () => {
    let deepest = parseHtml('<div>deep text</div>').body
    for (let i = 0; i < 100_000; i++) deepest = { kind: 'element', name: 'div', attributes: {}, children: [deepest], parent: null, index: 0 }
    expect(htmlToText([deepest])).toBe('deep text')
  })
})
