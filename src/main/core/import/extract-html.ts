import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { normaliseText } from '../text'
import { parsePartialDate } from './dates'
import { decodeText } from './decode-text'
import { detectLanguage } from './detect-language'
import { checkFileSize } from './extract-text'
import { checkNesting, treeDepth } from './html-nesting'
import { htmlToText, type DomElement } from './html-to-text'
import { detectTextMetadata, splitAuthors } from './text-metadata'
import { ImportError, type DetectedMetadata, type Extractor } from './types'

interface HtmlDocument {
  readonly documentElement: DomElement
  readonly body: DomElement | null
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): ArrayLike<DomElement>
}

// Readability's cost grows with the square of the nesting depth (measured:
// 200 levels 0.7 s, 1,000 levels 14 s); real articles stay far below this.
const READABILITY_MAX_DEPTH = 120

/**
 * Reads an HTML page as plain text: metadata from its meta tags, the article
 * found by Readability (navigation, scripts, comment threads and banners
 * left out), converted to paragraphs; the whole body's text when no article
 * is found. linkedom builds the DOM: it runs no script and fetches nothing.
 */
export const extractHtml: Extractor = async (bytes, context) => {
  checkFileSize(bytes, context)
  const decoded = decodeText(bytes, { html: true })
  checkNesting(decoded.text)
  const warnings = [...decoded.warnings]
  const document = parse(decoded.text)
  // Read before Readability, which rewrites the document it is given.
  const metadata = readMetaTags(document)
  const tooDeep = treeDepth(document.documentElement) > READABILITY_MAX_DEPTH
  if (tooDeep) warnings.push('the page is nested too deeply to pick out its article; the text of the whole page was kept')
  const article = tooDeep ? null : findArticle(document, warnings)
  let text = normaliseText(article?.content ? htmlToText(article.content) : '')
  if (text.trim() === '') {
    // Readability rewrites the document it reads: the whole page needs a fresh parse, unless Readability never ran.
    const body = (tooDeep ? document : parse(decoded.text)).body
    text = normaliseText(body ? htmlToText(body) : '')
  }
  if (text.trim() === '') throw new ImportError('the page has no text to read')

  metadata.title ??= article?.title?.trim() || detectTextMetadata(text).title
  metadata.authors ??= article?.byline ? splitAuthors(article.byline.replace(/^by\s+/i, '')) : undefined
  metadata.publisher ??= article?.siteName?.trim() || undefined
  metadata.date ??= article?.publishedTime ? parsePartialDate(article.publishedTime) : undefined
  metadata.language = chooseLanguage(metadata.language, detectLanguage(text), warnings)
  return { format: 'html', text, metadata: withoutEmptyFields(metadata), warnings }
}

/**
 * The article Readability finds, or null. Readability assumes the tree a
 * browser would build; on malformed markup the parser may build another
 * (an article left inside <head>), and Readability then throws: that means
 * no article was found, not that the file cannot be read.
 */
function findArticle(document: HtmlDocument, warnings: string[]) {
  try {
    // Only the text is kept: the article DOM as is, its classes left alone rather than cleaned for display.
    return new Readability<DomElement>(asReadabilityInput(document), { serializer: asElement, keepClasses: true }).parse()
  } catch {
    warnings.push('the page is too malformed to pick out its article; the text of the whole page was kept')
    return null
  }
}

// The build has no DOM typings: linkedom's document stands in for the DOM Document Readability declares.
const asReadabilityInput = (document: HtmlDocument): ConstructorParameters<typeof Readability>[0] =>
  document as unknown as ConstructorParameters<typeof Readability>[0]
const asElement = (node: unknown): DomElement => node as DomElement

function withoutEmptyFields(metadata: DetectedMetadata): DetectedMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined)) as DetectedMetadata
}

function parse(html: string): HtmlDocument {
  const document = load(html)
  // linkedom builds <html> and <body> only when the markup has them: a fragment gets them here.
  if ((document.documentElement as DomElement | null)?.localName === 'html') return document
  return load(`<!doctype html><html><head></head><body>${html}</body></html>`)
}

function load(html: string): HtmlDocument {
  return (parseHTML(html) as unknown as { document: HtmlDocument }).document
}

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

function readMetaTags(document: HtmlDocument): DetectedMetadata {
  const meta = new Map<string, string[]>()
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('http-equiv'))
    const content = clean(element.getAttribute('content'))
    if (key && content) meta.set(key.toLowerCase(), [...(meta.get(key.toLowerCase()) ?? []), content])
  }
  const first = (keys: string[]): string | undefined => keys.map((key) => meta.get(key)?.[0]).find(Boolean)

  const metadata: DetectedMetadata = {}
  const title = first(TITLE_KEYS) ?? titleFromPage(document)
  if (title) metadata.title = title
  const authorKey = AUTHOR_KEYS.find((key) => meta.get(key)?.some((value) => !isUrl(value)))
  const authorValues = authorKey ? (meta.get(authorKey) ?? []).filter((value) => !isUrl(value)) : []
  const authors = authorValues.length === 1 ? splitAuthors(authorValues[0] ?? '') : authorValues.slice(0, 50)
  if (authors?.length) metadata.authors = authors
  const published = document.querySelector('[itemprop="datePublished"], time[pubdate]')
  const date = [...DATE_KEYS.map((key) => meta.get(key)?.[0]), published?.getAttribute('content'), published?.getAttribute('datetime')]
    .map((value) => (value ? parsePartialDate(value) : undefined))
    .find(Boolean)
  if (date) metadata.date = date
  const publisher = first(PUBLISHER_KEYS)
  if (publisher) metadata.publisher = publisher
  const url = [meta.get('og:url')?.[0], document.querySelector('link[rel="canonical"]')?.getAttribute('href')].find(
    (value) => value && isUrl(value),
  )
  if (url) metadata.url = url
  const language = [document.documentElement.getAttribute('lang'), first(LANGUAGE_KEYS)]
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
  const title = clean(document.querySelector('title')?.textContent)
  const headings = Array.from(document.querySelectorAll('h1'))
  const h1 = headings.length === 1 ? clean(headings[0]?.textContent) : undefined
  if (h1 && title?.includes(h1)) return h1
  return title
}

// Script evidence (Arabic letters, Cyrillic, Han) outweighs a declared
// lang attribute, which templates often leave at "en"; between two
// Latin-script languages the page's own declaration is trusted.
const SCRIPT_LANGUAGES = new Set(['ar', 'ru', 'zh', 'ja', 'ko', 'he', 'el'])

function chooseLanguage(declared: string | undefined, detected: string | undefined, warnings: string[]): string | undefined {
  if (!declared) return detected
  const primary = declared.split('-')[0]?.toLowerCase()
  if (detected && primary !== detected && SCRIPT_LANGUAGES.has(detected)) {
    warnings.push(`the page says its language is "${declared}" but its text is in "${detected}"; "${detected}" was kept`)
    return detected
  }
  return declared
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text || undefined
}

function isUrl(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value)
}
