import type { SearchHit, SearchResponse } from '../../../shared/api'

export type { SearchHit, SearchResponse }

/** What a search document is: a source's text, or a clipping (its quote, then its note). */
export type SearchDocKind = SearchHit['kind']

/** A document as given to the index; the index keeps its terms but not its text. */
export interface SearchDoc {
  id: string
  kind: SearchDocKind
  sourceId: string
  /** Shown with each hit; searchable (with a boost) for sources only, since a clipping carries its source's title. */
  title: string
  /**
   * A source's stored text; for a clipping, its quote, two newlines, then its
   * note. A hit's `offset` points into this text.
   */
  text: string
}

/** A stretch of text around the best match; highlights are [start, end) offsets into `text`. */
export type Snippet = SearchHit['snippet']

/**
 * The best hits, best first. `relaxed` is true when no document held every
 * term and phrase, so the hits are documents that hold some of them, ranked.
 */
export interface IndexResult {
  hits: SearchHit[]
  /** Documents that matched, of which `hits` are the first. */
  total: number
  relaxed: boolean
}
