import { CHECKPOINT_SHIFT, DocTable } from './doc-table'
import { Postings } from './postings'
import { MAX_CLAUSES, parseQuery, type Clause } from './query'
import { Accumulator, PREFIX_WEIGHT, scoreClause, type ResolvedClause, type ScoringView } from './scorer'
import { snippetFor } from './hit-snippets'
import { forEachToken, tokenize } from './tokenize'
import type { IndexResult, SearchDoc, SearchHit } from './types'

/** Positions and term numbers share one float64 sort key, so a document holds at most this many tokens. */
const POSITION_LIMIT = 2 ** 26
const MAX_EXPANSIONS = 64
const DEFAULT_LIMIT = 20
/** Terms added after the sorted dictionary was built are inserted into it; past this many, it is rebuilt on demand. */
const MAX_SORTED_INSERTS = 1000

/** How the index gets back a document's text (for snippets and offsets), since it does not keep texts. */
export interface SearchIndexOptions {
  getText: (id: string) => string | undefined
}

/**
 * An in-memory inverted index with positions over sources and clippings:
 * BM25 ranking (k1 1.2, b 0.75) plus a title boost for sources, all query
 * terms required (else any, ranked, and flagged), phrases, and a prefix
 * match on the last word. Texts stay with the caller (`getText`): the index
 * keeps postings, titles and per-document checkpoints only.
 */
export class SearchIndex implements ScoringView {
  readonly postings = new Postings()
  readonly docs = new DocTable()
  private readonly dictionary = new Map<string, number>()
  private readonly terms: string[] = []
  private sorted: string[] | null = null
  private sortedInserts = 0
  private readonly titles = new Map<string, number[]>()
  private keys = new Float64Array(4096)
  private positions = new Uint32Array(4096)

  constructor(private readonly options: SearchIndexOptions) {}

  /** Number of (live) documents. */
  get size(): number {
    return this.docs.liveCount
  }

  /** Tokens indexed in live documents. */
  get tokenCount(): number {
    return this.docs.liveTokens
  }

  termId(term: string): number | undefined {
    return this.dictionary.get(term)
  }

  titleDocs(term: string): readonly number[] | undefined {
    return this.titles.get(term)
  }

  /** Indexes a document, replacing any document with the same id. */
  add(doc: SearchDoc): void {
    if (this.docs.byId.has(doc.id)) this.remove(doc.id)
    let count = 0
    let safePos = 0
    let safeOffset = 0
    const checkpoints: number[] = []
    const blockMask = (1 << CHECKPOINT_SHIFT) - 1
    forEachToken(doc.text, (term, start, _end, restart) => {
      if (count === POSITION_LIMIT) return true
      if (restart) {
        safePos = count
        safeOffset = start
      }
      if (count > 0 && (count & blockMask) === 0) checkpoints.push(safePos, safeOffset)
      if (count === this.keys.length) this.grow()
      this.keys[count] = this.intern(term) * POSITION_LIMIT + count
      count++
      return false
    })
    const titleTerms = doc.kind === 'source' ? tokenize(doc.title).map((t) => t.term) : []
    const n = this.docs.add(doc, count, titleTerms, checkpoints)
    for (const term of new Set(titleTerms)) {
      this.intern(term)
      const list = this.titles.get(term)
      if (list) list.push(n)
      else this.titles.set(term, [n])
    }
    const keys = this.keys.subarray(0, count).sort()
    for (let i = 0; i < count; ) {
      const term = Math.floor((keys[i] as number) / POSITION_LIMIT)
      const base = term * POSITION_LIMIT
      let j = i
      for (; j < count && (keys[j] as number) - base < POSITION_LIMIT; j++) this.positions[j - i] = (keys[j] as number) - base
      this.postings.append(term, n, this.positions, 0, j - i)
      i = j
    }
  }

  /** Removes a document; false if the index does not hold it. */
  remove(id: string): boolean {
    const n = this.docs.byId.get(id)
    if (n === undefined) return false
    this.docs.remove(n)
    return true
  }

  /** Removes a source and every clipping of it; returns the ids of the documents removed. */
  removeSource(sourceId: string): string[] {
    const ids = [...this.docs.byId.entries()].filter(([, n]) => this.docs.sourceIds[n] === sourceId).map(([id]) => id)
    for (const id of ids) this.remove(id)
    return ids
  }

  /**
   * Packs postings when enough was added or removed since the last packing
   * to be worth the copy. Call it when a batch of changes is done.
   */
  maintain(): void {
    const grown = this.postings.tailBytes() > this.postings.slabBytes() / 8
    if (grown || this.docs.deadTokens > this.docs.liveTokens / 5) this.compact()
  }

  /** Packs postings into one buffer and drops removed documents from them. */
  compact(): void {
    this.postings.freeze((doc) => this.docs.live[doc] === true)
    this.docs.deadTokens = 0
    for (const [term, list] of this.titles) {
      const kept = list.filter((doc) => this.docs.live[doc])
      if (kept.length > 0) this.titles.set(term, kept)
      else this.titles.delete(term)
    }
  }

  /** The best `limit` (default 20) documents for a query, with snippets. */
  search(query: string, options: { limit?: number } = {}): IndexResult {
    const clauses = parseQuery(query).map((c) => this.resolve(c))
    if (clauses.length === 0) return { hits: [], total: 0, relaxed: false }
    const acc = new Accumulator(this.docs.size)
    clauses.forEach((clause, i) => scoreClause(this, clause, 1 << i, acc))
    const all = clauses.length === MAX_CLAUSES ? -1 : (1 << clauses.length) - 1
    let matched = acc.touched.filter((doc) => acc.masks[doc] === all)
    const relaxed = matched.length === 0 && clauses.length > 1
    if (relaxed) matched = acc.touched
    const top = topK(matched, acc.scores, Math.max(1, options.limit ?? DEFAULT_LIMIT))
    const snippets = snippetFor(this, top, clauses, (id) => this.options.getText(id))
    const hits = top.map((doc, r): SearchHit => {
      const { snippet, offset } = snippets[r] as (typeof snippets)[number]
      return {
        id: this.docs.ids[doc] as string,
        kind: this.docs.kinds[doc] ?? 'source',
        sourceId: this.docs.sourceIds[doc] as string,
        title: this.docs.titles[doc] as string,
        score: acc.scores[doc] as number,
        snippet,
        offset,
        matchCount: acc.counts[doc] as number,
      }
    })
    return { hits, total: matched.length, relaxed }
  }

  private resolve(clause: Clause): ResolvedClause {
    const first = clause.terms[0] as string
    if (clause.phrase || !clause.prefix) return { terms: clause.terms, weights: clause.terms.map(() => 1), phrase: clause.phrase }
    const more = this.expand(first).filter((t) => t !== first)
    return { terms: [first, ...more], weights: [1, ...more.map(() => PREFIX_WEIGHT)], phrase: false }
  }

  /** Dictionary terms that begin with prefix, the most frequent first when there are too many. */
  private expand(prefix: string): string[] {
    if (!this.sorted) {
      this.sorted = [...this.terms].sort()
      this.sortedInserts = 0
    }
    const sorted = this.sorted
    const found: string[] = []
    for (let i = lowerBound(sorted, prefix); i < sorted.length && (sorted[i] as string).startsWith(prefix); i++) {
      found.push(sorted[i] as string)
    }
    if (found.length <= MAX_EXPANSIONS) return found
    const df = (t: string) => this.postings.df(this.dictionary.get(t) ?? -1)
    return found.sort((a, b) => df(b) - df(a)).slice(0, MAX_EXPANSIONS)
  }

  private intern(term: string): number {
    let id = this.dictionary.get(term)
    if (id !== undefined) return id
    id = this.postings.addTerm()
    this.dictionary.set(term, id)
    this.terms.push(term)
    if (this.sorted) {
      if (++this.sortedInserts > MAX_SORTED_INSERTS) this.sorted = null
      else this.sorted.splice(lowerBound(this.sorted, term), 0, term)
    }
    return id
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2)
    keys.set(this.keys)
    this.keys = keys
    this.positions = new Uint32Array(keys.length)
  }
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as string) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The k best documents, best first; equal scores keep the order they were found in. */
function topK(docs: number[], scores: Float64Array, k: number): number[] {
  const top: number[] = []
  for (const doc of docs) {
    const s = scores[doc] as number
    if (top.length === k && s <= (scores[top[k - 1] as number] as number)) continue
    let i = top.length
    while (i > 0 && (scores[top[i - 1] as number] as number) < s) i--
    top.splice(i, 0, doc)
    if (top.length > k) top.pop()
  }
  return top
}
