import { describe, expect, it } from 'vitest'
import { findByline, readMetaTags } from './html-metadata'
import { parseHtml } from './parse-html'

describe('findByline', () => {
  it('finds the first short element named for the author in the body, leaving out the furniture', () => {
    const page = parseHtml(`<head><link rel="author" href="/humans.txt"></head><body><div class="comments"><span class="comment-author">A reader</span></div>
      <div class="author-bio">${'Jane Doe writes about arms control. '.repeat(5)}</div><p class="byline">By <a rel="author" href="/jane">Jane Doe</a></p></body>`)
    expect(findByline(page)).toMatchObject({ text: 'By Jane Doe', element: { name: 'p' } })
  })

  it('finds none where no element names the author', () => {
    expect(findByline(parseHtml('<p>By the secretariat</p>'))).toBeUndefined()
  })
})

describe('readMetaTags', () => {
  it('takes the title of the page, not that of a drawing, and the <h1> it decorates', () => {
    const page = parseHtml('<body><svg><title>Logo</title></svg><h1>Draft convention</h1></body><title>Treaties | Draft convention</title>')
    expect(readMetaTags(page).title).toBe('Draft convention')
  })

  it('reads meta tags, the canonical link, the publication date and the language', () => {
    const page = parseHtml(`<html lang="fr_FR"><head><meta property="og:site_name" content="Le Site"><meta name="citation_author" content="Doe, Jane">
      <meta name="citation_author" content="Roe, John"><link rel="canonical" href="https://example.org/a"></head>
      <body><time pubdate datetime="2015-05-04T13:36:31+02:00">4 May</time></body></html>`)
    expect(readMetaTags(page)).toEqual({ publisher: 'Le Site', authors: ['Doe, Jane', 'Roe, John'], url: 'https://example.org/a', date: '2015-05-04', language: 'fr-FR' })
  })
})

describe('readMetaTags on JSON-LD', () => {
  const page = (json: string, head = ''): ReturnType<typeof parseHtml> =>
    parseHtml(`<head>${head}<script type="application/ld+json">${json}</script></head><body><p>Text</p></body>`)

  it('takes authors, date and publisher from an article-like work, in a list or a graph', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'The Review' },
        { '@type': ['NewsArticle'], author: [{ '@type': 'Person', name: 'Jane  Doe' }, 'John Roe', 'https://example.org/x'], datePublished: '2024-03-28T09:00:00Z', publisher: { name: 'The Review' } },
      ],
    })
    expect(readMetaTags(page(graph))).toMatchObject({ authors: ['Jane Doe', 'John Roe'], date: '2024-03-28', publisher: 'The Review' })
    expect(readMetaTags(page(JSON.stringify([{ '@type': 'Legislation', author: { name: 'Parliament' } }])))).toMatchObject({ authors: ['Parliament'] })
  })

  it('gives way to meta tags, and says nothing when broken or about something else', () => {
    const work = JSON.stringify({ '@type': 'Article', author: 'Jane Doe', publisher: 'From JSON-LD' })
    expect(readMetaTags(page(work, '<meta property="og:site_name" content="From meta">'))).toMatchObject({ authors: ['Jane Doe'], publisher: 'From meta' })
    expect(readMetaTags(page('{"@type": "Article", "author": '))).toEqual({})
    expect(readMetaTags(page(JSON.stringify({ '@type': 'Organization', name: 'Acme' })))).toEqual({})
  })
})
