import { tokenize } from './tokenize'

/** One condition of a query: a single term, or a phrase whose terms must be adjacent and in order. */
export interface Clause {
  terms: string[]
  phrase: boolean
  /** The last word as typed so far: it also matches the words it begins. */
  prefix: boolean
}

/** Clauses are tracked in a 32-bit mask per document. */
export const MAX_CLAUSES = 32
const MIN_PREFIX = 3

/**
 * Reads a query: words, and phrases in double quotes (typographic and
 * guillemet quotes too; a missing closing quote ends the phrase at the end).
 * A word the tokenizer splits (e-mail, U.S., 网络安全) is a phrase of its
 * parts. The last bare word of at least three letters is a prefix unless the
 * query ends with a space.
 */
export function parseQuery(query: string): Clause[] {
  const q = query.replace(/[“”„«»]/g, '"')
  const clauses: Clause[] = []
  const seen = new Set<string>()
  let lastBare: Clause | undefined
  for (const m of q.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const quoted = m[1] !== undefined
    const terms = tokenize(quoted ? (m[1] ?? '') : m[0]).map((t) => t.term)
    if (terms.length === 0) continue
    const clause: Clause = { terms, phrase: terms.length > 1, prefix: false }
    lastBare = quoted || clause.phrase ? undefined : clause
    const key = `${clause.phrase ? 'p' : 't'}:${terms.join(' ')}`
    if (seen.has(key) || clauses.length === MAX_CLAUSES) continue
    seen.add(key)
    clauses.push(clause)
  }
  const last = clauses[clauses.length - 1]
  if (last && last === lastBare && !/\s$/.test(q) && (last.terms[0] ?? '').length >= MIN_PREFIX) last.prefix = true
  return clauses
}
