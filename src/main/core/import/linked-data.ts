import { parsePartialDate } from './dates'
import { type HtmlDocument, oneLine, textOf } from './html-tree'
import type { DetectedMetadata } from './types'

// schema.org types of what a page publishes as its main work: articles, postings, reports, legislation.
const WORK_TYPE = /(?:Article|Posting|Report|Legislation|LegislationObject)$/
// Larger than any real description of one page; not worth parsing.
const MAX_JSON = 1024 * 1024

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/**
 * Authors, publication date and publisher from the page's JSON-LD
 * (<script type="application/ld+json">), as news sites describe their
 * articles: the first work of an article-like schema.org type that says.
 * The script is parsed as data, never run; a broken one says nothing.
 */
export function readLinkedData(document: HtmlDocument): Pick<DetectedMetadata, 'authors' | 'date' | 'publisher'> {
  for (const element of document.elements) {
    if (element.name !== 'script' || element.attributes.type?.trim().toLowerCase() !== 'application/ld+json') continue
    const source = textOf(element, { limit: MAX_JSON })
    if (source.length > MAX_JSON) continue
    for (const work of works(parse(source))) {
      const authors = names(work.author).slice(0, 50)
      const date = typeof work.datePublished === 'string' ? parsePartialDate(work.datePublished) : undefined
      const publisher = names(work.publisher)[0]
      if (authors.length > 0 || date || publisher) {
        return { ...(authors.length > 0 && { authors }), ...(date && { date }), ...(publisher && { publisher }) }
      }
    }
  }
  return {}
}

function parse(source: string): Json {
  try {
    return JSON.parse(source) as Json
  } catch {
    return null
  }
}

/** The objects of an article-like type, at the top, in a list, or in an @graph. */
function works(value: Json): Array<{ [key: string]: Json }> {
  const candidates = Array.isArray(value) ? value : [value]
  return candidates.flatMap((candidate) => {
    if (!isObject(candidate)) return []
    const graph = Array.isArray(candidate['@graph']) ? candidate['@graph'].filter(isObject) : []
    return [candidate, ...graph].filter((object) => [object['@type']].flat().some((type) => typeof type === 'string' && WORK_TYPE.test(type)))
  })
}

/** Names given as text, as {"name": ...} or as a list of either. */
function names(value: Json | undefined): string[] {
  return [value ?? []]
    .flat()
    .map((entry) => (isObject(entry) ? entry.name : entry))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '' && !/^https?:\/\//i.test(name.trim()))
    .map(oneLine)
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
