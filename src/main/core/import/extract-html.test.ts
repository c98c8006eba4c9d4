import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../text'
import { extractHtml } from './extract-html'
import { DEFAULT_LIMITS, ImportError, type ExtractContext } from './types'

const real = new URL('../../../../../shared/corpus/real/', import.meta.url)
const context: ExtractContext = { fileName: 'page.html', limits: DEFAULT_LIMITS }
const html = (text: string): Uint8Array => new TextEncoder().encode(text)
const corpus = (file: string): Promise<Awaited<ReturnType<typeof extractHtml>>> =>
  extractHtml(new Uint8Array(readFileSync(new URL(file, real))), context)

// Enough prose to read as an article.
const PROSE = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1}: each State Party shall protect critical infrastructure, report incidents to the secretariat and cooperate with other parties in good faith.</p>`,
).join('')

describe('extractHtml on hostile pages', () => {
  it('runs nothing, fetches nothing and keeps no markup', async () => {
    const page = `<!doctype html><html lang="en"><head><title>Hostile</title>
      <script>globalThis.pwned = true</script><meta http-equiv="refresh" content="0;url=javascript:alert(1)">
      <style>.x::after{content:"styled text"}</style><link rel="stylesheet" href="http://example.invalid/x.css"></head>
      <body onload="globalThis.pwned = true"><nav><a href="/">Home</a> <a href="/about">About us</a></nav>
      <article><h1>Hostile</h1>${PROSE}
      <p>Click <a href="javascript:globalThis.pwned=true">here</a><img src="http://example.invalid/x.png" onerror="globalThis.pwned = true"></p>
      <iframe src="http://example.invalid/"></iframe><iframe srcdoc="<script>parent.pwned=true</script>framed"></iframe>
      <svg onload="globalThis.pwned = true"><script>globalThis.pwned = true</script><text>svg label</text></svg>
      <p style="display:none">invisible spam</p><object data="x.swf">object fallback</object></article>
      <div class="comments">Comment: first!</div></body></html>`
    const doc = await extractHtml(html(page), context)
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined()
    expect(doc.text).toContain('Paragraph 6: each State Party shall protect critical infrastructure')
    expect(doc.text).toContain('Click here')
    for (const absent of ['pwned', 'alert', 'styled text', 'About us', 'framed', 'svg label', 'invisible spam', 'object fallback', '<', 'javascript']) {
      expect(doc.text).not.toContain(absent)
    }
    expect(doc.metadata).toMatchObject({ title: 'Hostile', language: 'en' })
  })

  it('refuses absurdly deep nesting quickly instead of stalling', async () => {
    const started = performance.now()
    const page = `<html><body>${'<div>'.repeat(5000)}<p>deep</p>${'</div>'.repeat(5000)}</body></html>`
    await expect(extractHtml(html(page), context)).rejects.toThrow(ImportError)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('finds the article of a page nested almost as deep as allowed, without a warning', async () => {
    const depth = 900
    const page = `<html><body><nav>Menu</nav>${'<div>'.repeat(depth)}<article>${PROSE}</article><div class="comments">Comment: first!</div>${'</div>'.repeat(depth)}</body></html>`
    const started = performance.now()
    const doc = await extractHtml(html(page), context)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(doc.text).toMatch(/^Paragraph 1: each State Party shall protect critical infrastructure/)
    expect(doc.text).toContain('Paragraph 6:')
    expect(doc.text).not.toContain('Comment')
    expect(doc.warnings).toEqual([])
  })

  it('falls back to the body text when no article is found', async () => {
    const doc = await extractHtml(html('<html><body><span>Just a line.</span></body></html>'), context)
    expect(doc.text).toBe('Just a line.')
    expect(doc.metadata.title).toBe('Just a line.')
  })

  it('keeps the article of a page too short to trust at first sight', async () => {
    const page = `<html lang="en"><head><title>Notice</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <main><h1>Notice</h1><p>The secretariat will circulate the revised draft convention to all delegations next week.</p></main></body></html>`
    const doc = await extractHtml(html(page), context)
    expect(doc.text).toContain('The secretariat will circulate the revised draft convention to all delegations next week.')
    expect(doc.text).not.toContain('Home')
  })

  it('refuses a page with no text', async () => {
    await expect(extractHtml(html('<html><body><script>x()</script><img src=x></body></html>'), context)).rejects.toThrow(
      new ImportError('the page has no text to read'),
    )
  })

  it('returns normalised text or an ImportError for any markup', async () => {
    const fragment = fc.constantFrom('<div>', '</div>', '<p>', '<li>', '<table><tr><td>', '<script>', '</script>', '<!--', '-->', 'e\u0301', '\r\n', 'text', '&amp;', '<br>')
    await fc.assert(
      fc.asyncProperty(fc.array(fragment, { maxLength: 60 }), async (parts) => {
        try {
          const doc = await extractHtml(html(parts.join('')), context)
          expect(normaliseText(doc.text)).toBe(doc.text)
          expect(doc.text).not.toMatch(/<\/?(?:div|p|li|script|table)/)
        } catch (err) {
          expect(err).toBeInstanceOf(ImportError)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('extractHtml on real pages', () => {
  it('Le Monde: the article without the cookie banner, navigation or scripts', async () => {
    const doc = await corpus('lemonde_loi_renseignement_fr.html')
    expect(doc.metadata).toMatchObject({
      title: "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
      language: 'fr',
      date: '2015-05-04',
      publisher: 'Le Monde.fr',
      url: expect.stringMatching(/^http:\/\/www\.lemonde\.fr\/pixels\/article\/2015\/05\/04\//),
    })
    expect(doc.metadata.authors?.[0]).toMatch(/^Martin Untersinger/)
    expect(doc.text).toMatch(/^Les députés ont, sans surprise, adopté/)
    for (const absent of ['En poursuivant votre navigation', 'require(', 'Comparateur de crédit', 'function(']) {
      expect(doc.text).not.toContain(absent)
    }
  })

  it('QQ: UTF-8 despite its gb2312 declaration, the headline as title, no portal navigation', async () => {
    const doc = await corpus('qq_deepmind_zh.html')
    expect(doc.metadata).toMatchObject({ title: 'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶', language: 'zh' })
    expect(doc.warnings).toEqual([expect.stringMatching(/declares the encoding "gbk" but its bytes are UTF-8/)])
    expect(doc.text).toContain('DeepMind希望DNC可以推动计算行业实现更多突破')
    for (const absent of ['window.onerror', '全部频道', '.nav-Article-QQ', '\uFFFD']) expect(doc.text).not.toContain(absent)
  })

  it('EUR-Lex: the directive with its articles, numbered paragraphs kept with their text', async () => {
    const doc = await corpus('eurlex_eprivacy_directive_2002-58_consolidated_en.html')
    expect(doc.metadata).toMatchObject({ language: 'en', url: 'https://eur-lex.europa.eu/eli/dir/2002/58/2009-12-19/eng' })
    expect(doc.metadata.title).toContain('32002L0058')
    expect(doc.text).toMatch(/^DIRECTIVE 2002\/58\/EC OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL/)
    expect(doc.text).toMatch(/\n\nArticle 2\n\nDefinitions\n\n/)
    expect(doc.text).toMatch(/\n\n1\. This Directive provides for the harmonisation/)
    expect(doc.text).not.toContain('ruxitagent')
  })

  it('BBNJ site: Arabic content wins over lang="en", without the site navigation', async () => {
    const doc = await corpus('bbnj_agreement_ar_site.html')
    expect(doc.metadata.language).toBe('ar')
    expect(doc.warnings).toEqual([expect.stringMatching(/says its language is "en" but its text is in "ar"/)])
    expect(doc.metadata.title).toMatch(/BBNJ Agreement/)
    expect(doc.text).toContain('الديباجة')
    expect(doc.text).not.toContain('About & provenance')
  })
})
