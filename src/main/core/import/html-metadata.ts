import { parsePartialDate } from './dates'
import { isFurniture, namesAuthor } from './element-names'
import { flagged, type HtmlDocument, type HtmlElement, oneLine, textOf } from './html-tree'
import { isSkipped } from './html-to-text'
import { readLinkedData } from './linked-data'
import { splitAuthors } from './text-metadata'
import type { DetectedMetadata } from './types'

const TITLE_KEYS = ['og:title', 'citation_title', 'dc.title', 'dcterms.title', 'twitter:title']
const AUTHOR_KEYS = ['citation_author', 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author']
const DATE_KEYS = [
  'article:published_time',
  'citation_publication_date',
  'citation_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
  'pubdate',
  'publish-date',
]
const PUBLISHER_KEYS = ['og:site_name', 'citation_publisher', 'dc.publisher', 'dcterms.publisher', 'publisher']
const LANGUAGE_KEYS = ['dc.language', 'dcterms.language', 'content-language']
// Longer than this, an element named for the author holds more than a name (a biography, a whole header).
const MAX_BYLINE = 100
// Read no further than this into an element when looking for a byline: indentation aside, a byline is short.
const MAX_BYLINE_MARKUP_TEXT = 2000

/**
 * What a page says about itself: meta tags (Open Graph, Highwire citation_*,
 * Dublin Core), <title> or the <h1> it decorates, the canonical link,
 * itemprop="datePublished" or time[pubdate], the lang attribute, and its
 * JSON-LD for authors, date and publisher the meta tags do not give.
 */
export function readMetaTags(document: HtmlDocument): DetectedMetadata {
  const meta = new Map<string, string[]>()
  for (const element of document.elements) {
    if (element.name !== 'meta') continue
    const { property, name, content } = element.attributes
    const key = property ?? name ?? element.attributes['http-equiv']
    const value = clean(content)
    if (key && value) meta.set(key.toLowerCase(), [...(meta.get(key.toLowerCase()) ?? []), value])
  }
  const first = (keys: string[]): string | undefined => keys.map((key) => meta.get(key)?.[0]).find(Boolean)

  const metadata: DetectedMetadata = {}
  const title = first(TITLE_KEYS) ?? titleFromPage(document)
  if (title) metadata.title = title
  const authorKey = AUTHOR_KEYS.find((key) => meta.get(key)?.some((value) => !isUrl(value)))
  const authorValues = authorKey ? (meta.get(authorKey) ?? []).filter((value) => !isUrl(value)) : []
  const authors = authorValues.length === 1 ? splitAuthors(authorValues[0] ?? '') : authorValues.slice(0, 50)
  if (authors?.length) metadata.authors = authors
  const published = document.elements.find(
    (element) => element.attributes.itemprop === 'datePublished' || (element.name === 'time' && element.attributes.pubdate !== undefined),
  )
  const date = [...DATE_KEYS.map((key) => meta.get(key)?.[0]), published?.attributes.content, published?.attributes.datetime]
    .map((value) => (value ? parsePartialDate(value) : undefined))
    .find(Boolean)
  if (date) metadata.date = date
  const publisher = first(PUBLISHER_KEYS)
  if (publisher) metadata.publisher = publisher
  const canonical = document.elements.find((element) => element.name === 'link' && element.attributes.rel === 'canonical')
  const url = [meta.get('og:url')?.[0], canonical?.attributes.href].find((value) => value && isUrl(value))
  if (url) metadata.url = url
  const linked = readLinkedData(document)
  if (!metadata.authors && linked.authors) metadata.authors = linked.authors
  if (!metadata.date && linked.date) metadata.date = linked.date
  if (!metadata.publisher && linked.publisher) metadata.publisher = linked.publisher
  const language = [document.html.attributes.lang, first(LANGUAGE_KEYS)]
    .map((value) => clean(value)?.replace(/_/g, '-'))
    .find((value) => value && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(value))
  if (language) metadata.language = language
  return metadata
}

/**
 * The page's <title>, or its only <h1> when the <title> is that heading
 * plus decoration ("Headline_Tech_Portal", "Site | Headline").
 */
function titleFromPage(document: HtmlDocument): string | undefined {
  // An SVG drawing's <title> names the drawing, not the page.
  const inDrawing = flagged(document, (element) => element.name === 'svg')
  const titleElement = document.elements.find((element) => element.name === 'title' && !inDrawing[element.index])
  const title = clean(titleElement ? textOf(titleElement) : undefined)
  const headings = document.elements.filter((element) => element.name === 'h1')
  const h1 = headings.length === 1 && headings[0] ? clean(textOf(headings[0])) : undefined
  if (h1 && title?.includes(h1)) return h1
  return title
}

/**
 * The element of the body that gives the article's author ("By Jane Doe"):
 * the first named so (see namesAuthor) that holds a short text and is not
 * part of the page's furniture (a comment's author is not the article's).
 */
export function findByline(document: HtmlDocument): { element: HtmlElement; text: string } | undefined {
  const notArticle = flagged(document, (element) => element === document.head || isFurniture(element))
  for (const element of document.elements) {
    if (notArticle[element.index] || !namesAuthor(element)) continue
    const raw = textOf(element, { skip: isSkipped, limit: MAX_BYLINE_MARKUP_TEXT })
    const text = raw.length <= MAX_BYLINE_MARKUP_TEXT ? clean(raw) : undefined
    if (text && text.length <= MAX_BYLINE) return { element, text }
  }
  return undefined
}

function clean(value: string | null | undefined): string | undefined {
  return (value && oneLine(value)) || undefined
}

function isUrl(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value)
}
