import { describe, expect, it } from 'vitest'
import { findArticle } from './find-article'
import { htmlToText } from './html-to-text'
import { parseHtml } from './parse-html'
import { growthRatio } from '../testing/timing'

const sentence = (i: number): string =>
  `Sentence ${i}: each State Party shall take the measures necessary, in accordance with its domestic law, to protect critical infrastructure.`
const paragraphs = (count: number, from = 0): string =>
  Array.from({ length: count }, (_, i) => `<p>${sentence(from + i)} ${sentence(from + i + 100)}</p>`).join('')
const links = (count: number, label: string): string =>
  `<ul>${Array.from({ length: count }, (_, i) => `<li><a href="/${i}">${label} ${i}</a></li>`).join('')}</ul>`

/** The article's text, or null when none was found. */
function articleText(html: string, title?: string): string | null {
  const article = readArticle(html, title)
  return article.found ? article.text : null
}

function readArticle(html: string, title?: string): { found: boolean; text: string } {
  const document = parseHtml(html)
  const byline = document.elements.find((element) => element.attributes.class === 'byline')
  const article = findArticle(document, { byline, title })
  return { found: article.found, text: htmlToText(article.parts, article.leftOut) }
}

describe('findArticle', () => {
  it('picks the article over navigation, sidebar, share bar, related links and comments', () => {
    const html = `<body><header class="site-header"><a href="/">The Review</a>${links(10, 'Section')}</header>
      <div id="page"><main><article><h1>Verification in cyberspace</h1><p class="byline">By Jane Doe</p>
      <div class="entry-content">${paragraphs(6)}<div class="share-bar"><a href="#">Share</a> <a href="#">Email</a></div>
      <div class="related">${paragraphs(1, 50)}</div><div><a href="/previous">Previous</a> <a href="/next">Next</a></div></div></article>
      <section id="comments"><h2>3 comments</h2>${paragraphs(4, 60)}</section></main>
      <div class="sidebar"><h3>Most read</h3>${paragraphs(2, 70)}</div></div><div class="footer">© The Review</div></body>`
    const text = articleText(html, 'Verification in cyberspace')
    expect(text?.startsWith('Sentence 0:')).toBe(true)
    expect(text).toContain('Sentence 105:')
    for (const absent of ['Verification in cyberspace', 'Jane Doe', 'Section 1', 'Share', 'Previous', 'Sentence 50:', 'Sentence 60:', 'Sentence 70:', 'The Review']) {
      expect(text).not.toContain(absent)
    }
  })

  it('keeps a legal text whole: every article, the longest and the shortest, under every heading', () => {
    const article = (n: number): string => {
      const body = n === 3 ? paragraphs(20) : n % 4 === 0 ? '<p>Deleted.</p>' : `<p>1. ${n} shall apply.</p><p>2. Paragraph 1 shall not apply to ${n}.</p>`
      return `<section><h3>Article ${n}</h3>${body}</section>`
    }
    const chapter = (name: string, numbers: number[]): string => `<div class="chapter"><h2>${name}</h2>${numbers.map(article).join('')}</div>`
    const html = `<body>${links(12, 'Menu')}<div id="text"><p class="title">CONVENTION ON COOPERATION AGAINST CYBERCRIME</p>
      ${chapter('Chapter I', [1, 2, 3, 4, 5])}${chapter('Chapter II', [6, 7, 8])}<p>Done at Geneva.</p></div>${links(6, 'Footer')}</body>`
    const text = articleText(html) ?? ''
    for (let n = 1; n <= 8; n++) expect(text).toContain(`Article ${n}\n\n`)
    for (const kept of ['CONVENTION ON COOPERATION', 'Chapter I\n', 'Chapter II\n', '2. Paragraph 1 shall not apply to 7.', 'Deleted.', 'Done at Geneva.']) {
      expect(text).toContain(kept)
    }
    expect(text).not.toContain('Menu')
    expect(text).not.toContain('Footer')
  })

  it('keeps every recital when each stands in a table of its own and one is far longer than the rest', () => {
    const recital = (n: number): string =>
      `<table><tbody><tr><td><p>(${n})</p></td><td><p>${n === 7 ? paragraphs(8) : `Whereas cooperation is needed in case ${n}.`}</p></td></tr></tbody></table>`
    const html = `<body>${links(8, 'Menu')}<div id="document"><p>Whereas:</p>${Array.from({ length: 40 }, (_, i) => recital(i + 1)).join('')}
      <p>Article 1</p><p>This Regulation shall enter into force on the twentieth day following its publication.</p></div></body>`
    const text = articleText(html) ?? ''
    for (let n = 1; n <= 40; n++) expect(text).toContain(`(${n})\t`)
    expect(text).toContain('This Regulation shall enter into force')
  })

  it('gives the whole body less its furniture when no paragraph reads like an article', () => {
    const html = `<body><div class="menu">${links(3, 'Link')}</div><h1>Rust 2024</h1><table><tr><td>Release</td><td>1.85</td></tr></table>
      <div class="help-popup"><p>Press the left or right arrow key to move between the chapters of this book.</p></div></body>`
    expect(readArticle(html)).toEqual({ found: false, text: 'Rust 2024\n\nRelease\t1.85' })
    expect(readArticle('')).toEqual({ found: false, text: '' })
  })

  it('reads the page again, without the furniture that holds most of it, when that left too little', () => {
    const html = `<body><div id="wrapper" class="layout has-sidebar"><div class="inner">${paragraphs(5)}</div><div class="sidebar">${paragraphs(1, 40)}</div></div>
      <div class="copyright"><p>© 2024 Ministry of Foreign Affairs. All rights reserved.</p></div></body>`
    const text = articleText(html)
    expect(text).toContain('Sentence 104:')
    expect(text).not.toContain('Sentence 40:')
  })

  it('keeps a short post rather than the longer comment thread beneath it', () => {
    const html = `<body><div class="post"><p>${sentence(1)}</p></div><div id="comments">${paragraphs(30, 10)}</div></body>`
    expect(articleText(html)).toBe(sentence(1))
  })

  it('keeps paragraph marks, cross-references and lists of links, but not a block of links to elsewhere', () => {
    const html = `<body><div class="text">${paragraphs(5)}<div class="rule"><a href="#r-5.1">[5.1]</a></div><p><a href="/act/m1">▼M1</a></p>
      <p>(b) the measures referred to in <a href="#art5">Article 5</a>;</p><div>This Directive amends:<ul><li><a href="/d/95-46">Directive 95/46/EC</a></li></ul></div>
      <div class="player"><a href="javascript:;">Play</a> <a href="javascript:;">Next</a> Loading</div></div></body>`
    const text = articleText(html) ?? ''
    for (const kept of ['[5.1]', '▼M1', '(b) the measures referred to in Article 5;', 'This Directive amends:\n\n- Directive 95/46/EC']) expect(text).toContain(kept)
    expect(text).not.toContain('Play')
  })

  it('takes time in proportion to the page, however deep or wide', () => {
    const deep = (n: number): string => `${'<div class="content">'.repeat(900)}${paragraphs(n)}`
    const wide = (n: number): string => Array.from({ length: n }, (_, i) => `<div class="c${i} sidebar-${i % 3 ? 'no' : ''}">${sentence(i)}<a href="/x">x</a></div>`).join('')
    const nested = (n: number): string => `${'<section>'.repeat(900)}${`<div><p>${sentence(1)}</p></div>`.repeat(n)}`
    for (const page of [deep, wide, nested]) {
      const ratio = growthRatio((n) => parseHtml(page(n)), findArticle, 1_000)
      // Sixteen times the page: about sixteen times the time when linear, 256 when quadratic; this machine's noise has given 3x.
      expect(ratio).toBeLessThan(64)
    }
  }, 30_000)
})
