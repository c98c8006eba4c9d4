import type { DocTable } from './doc-table'
import type { Postings } from './postings'

const K1 = 1.2
const B = 0.75
/** A term in a source's title counts as much as this many times its body score. */
const TITLE_BOOST = 2
/** Words that only begin with the typed prefix rank below the word itself. */
export const PREFIX_WEIGHT = 0.5

/** The parts of the index that scoring reads. */
export interface ScoringView {
  postings: Postings
  docs: DocTable
  termId(term: string): number | undefined
  titleDocs(term: string): readonly number[] | undefined
}

/** A clause resolved against the dictionary: its terms with weights (prefix expansions), or a phrase. */
export interface ResolvedClause {
  terms: string[]
  weights: number[]
  phrase: boolean
}

/** Per-document sums over the clauses of one query. */
export class Accumulator {
  readonly scores: Float64Array
  readonly masks: Int32Array
  readonly counts: Int32Array
  readonly touched: number[] = []

  constructor(size: number) {
    this.scores = new Float64Array(size)
    this.masks = new Int32Array(size)
    this.counts = new Int32Array(size)
  }

  add(doc: number, score: number, bit: number, occurrences: number): void {
    if (this.masks[doc] === 0) this.touched.push(doc)
    this.scores[doc] = (this.scores[doc] as number) + score
    this.masks[doc] = (this.masks[doc] as number) | bit
    this.counts[doc] = (this.counts[doc] as number) + occurrences
  }
}

/** Robertson-Sparck Jones idf as in Lucene's BM25: never negative. */
function idf(df: number, n: number): number {
  const d = Math.min(df, n)
  return Math.log(1 + (n - d + 0.5) / (d + 0.5))
}

function saturation(tf: number, length: number, average: number): number {
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / average))
}

/** Adds a clause's BM25 scores (body and title) to the accumulator under `bit`. */
export function scoreClause(view: ScoringView, clause: ResolvedClause, bit: number, acc: Accumulator): void {
  const { docs } = view
  const n = docs.liveCount
  const titleAvg = docs.averageTitleLength()
  const byDoc = clause.phrase ? phraseFrequencies(view, clause.terms) : null
  if (byDoc) {
    const w = idf(byDoc.size, n)
    for (const [doc, tf] of byDoc) {
      acc.add(doc, w * saturation(tf, docs.lengths[doc] ?? 0, docs.averageLength(docs.kinds[doc] ?? 'source')), bit, tf)
    }
    const titled = titlePhraseDocs(view, clause.terms)
    const wt = idf(titled.length, n) * TITLE_BOOST
    for (const doc of titled) acc.add(doc, wt * saturation(1, docs.titleTerms[doc]?.length ?? 0, titleAvg), bit, 0)
    return
  }
  clause.terms.forEach((term, i) => {
    const weight = clause.weights[i] ?? 1
    const id = view.termId(term)
    if (id !== undefined) {
      const w = weight * idf(view.postings.df(id), n)
      view.postings.forEach(id, (doc, tf) => {
        if (!docs.live[doc]) return
        acc.add(doc, w * saturation(tf, docs.lengths[doc] ?? 0, docs.averageLength(docs.kinds[doc] ?? 'source')), bit, tf)
      })
    }
    const titled = view.titleDocs(term)
    if (!titled) return
    const wt = weight * idf(titled.length, n) * TITLE_BOOST
    for (const doc of titled) {
      const terms = docs.titleTerms[doc]
      if (!docs.live[doc] || !terms) continue
      const tf = terms.reduce((c, t) => (t === term ? c + 1 : c), 0)
      acc.add(doc, wt * saturation(tf, terms.length, titleAvg), bit, 0)
    }
  })
}

/** Documents holding the phrase, with how often: positions of each term decoded only where all occur. */
function phraseFrequencies(view: ScoringView, terms: string[]): Map<number, number> {
  const found = new Map<number, number>()
  const ids: number[] = []
  for (const term of terms) {
    const id = view.termId(term)
    if (id === undefined) return found
    ids.push(id)
  }
  const size = view.docs.size
  const handles = ids.slice(1).map((id) => {
    const h = new Float64Array(size).fill(-1)
    const tfs = new Uint32Array(size)
    view.postings.forEach(id, (doc, tf, at) => {
      h[doc] = at
      tfs[doc] = tf
    })
    return { id, h, tfs }
  })
  const first = ids[0] as number
  view.postings.forEach(first, (doc, tf, at) => {
    if (!view.docs.live[doc] || handles.some((x) => (x.h[doc] as number) < 0)) return
    const lists = [decode(view.postings, first, at, tf)]
    for (const x of handles) lists.push(decode(view.postings, x.id, x.h[doc] as number, x.tfs[doc] as number))
    const count = phraseStarts(lists).length
    if (count > 0) found.set(doc, count)
  })
  return found
}

function decode(postings: Postings, term: number, at: number, tf: number): Uint32Array {
  const out = new Uint32Array(tf)
  postings.readPositions(term, at, tf, out)
  return out
}

/** Positions where lists[0][k] + i is in lists[i] for every i: where the phrase starts. */
export function phraseStarts(lists: Uint32Array[]): number[] {
  const starts: number[] = []
  const first = lists[0]
  if (!first) return starts
  const cursor = new Array<number>(lists.length).fill(0)
  outer: for (const p of first) {
    for (let i = 1; i < lists.length; i++) {
      const list = lists[i] as Uint32Array
      let c = cursor[i] as number
      while (c < list.length && (list[c] as number) < p + i) c++
      cursor[i] = c
      if (c === list.length) break outer
      if (list[c] !== p + i) continue outer
    }
    starts.push(p)
  }
  return starts
}

function titlePhraseDocs(view: ScoringView, terms: string[]): number[] {
  const docs = view.titleDocs(terms[0] ?? '') ?? []
  return docs.filter((doc) => {
    const title = view.docs.titleTerms[doc] ?? []
    if (!view.docs.live[doc]) return false
    for (let i = 0; i + terms.length <= title.length; i++) {
      if (terms.every((t, k) => title[i + k] === t)) return true
    }
    return false
  })
}
