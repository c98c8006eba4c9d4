import { phraseStarts, type ResolvedClause, type ScoringView } from './scorer'
import { bestWindow, makeSnippet, type Occurrence } from './snippet'
import type { Snippet } from './types'

/** Occurrences per clause and document weighed when choosing a snippet: bounded for huge documents. */
const MAX_OCCURRENCES = 4096

/**
 * Snippet and offset of the best match for each top document. One pass over
 * each query term's postings finds the positions in all top documents at
 * once; checkpoints then turn the best window's positions into offsets.
 * A document matched by its title alone gets the start of its text.
 */
export function snippetFor(
  view: ScoringView,
  top: number[],
  clauses: ResolvedClause[],
  getText: (id: string) => string | undefined,
): { snippet: Snippet; offset: number }[] {
  const rank = new Map<number, number>()
  top.forEach((doc, r) => rank.set(doc, r))
  const occurrences: Occurrence[][] = top.map(() => [])
  clauses.forEach((clause, ci) => {
    const lists = top.map(() => new Array<Uint32Array | undefined>(clause.terms.length))
    clause.terms.forEach((term, ti) => {
      const id = view.termId(term)
      if (id === undefined) return
      view.postings.forEach(id, (doc, tf, at) => {
        const r = rank.get(doc)
        if (r === undefined) return
        const out = new Uint32Array(tf)
        view.postings.readPositions(id, at, tf, out)
        ;(lists[r] as (Uint32Array | undefined)[])[ti] = out
      })
    })
    lists.forEach((perTerm, r) => {
      const into = occurrences[r] as Occurrence[]
      if (clause.phrase) {
        if (!perTerm.every((l) => l !== undefined)) return
        for (const pos of phraseStarts(perTerm as Uint32Array[]).slice(0, MAX_OCCURRENCES)) {
          into.push({ pos, len: clause.terms.length, clause: ci })
        }
        return
      }
      for (const list of perTerm) {
        if (!list) continue
        for (const pos of list.subarray(0, MAX_OCCURRENCES)) into.push({ pos, len: 1, clause: ci })
      }
    })
  })
  const highlights = clauses.map((c) => ({ terms: c.terms, phrase: c.phrase }))
  return top.map((doc, r) => {
    const text = getText(view.docs.ids[doc] as string) ?? ''
    const window = bestWindow(occurrences[r] as Occurrence[])
    const from = window && view.docs.tokenSpan(doc, text, window.from)
    const to = window && (window.to === window.from ? from : view.docs.tokenSpan(doc, text, window.to))
    if (!from || !to) return { snippet: makeSnippet(text, 0, 0, highlights), offset: 0 }
    return { snippet: makeSnippet(text, from[0], to[1], highlights), offset: from[0] }
  })
}
