const folded = new Map<string, string>()

/*
 * One code unit in, one code unit out, so that offsets in the folded text are
 * offsets in the original: a match found in the folded copy can be marked in
 * the text as displayed. Characters whose folding would change length keep
 * their plain lower case (or themselves).
 */
// No-break and other fixed spaces (French « », "10 000", PDF text) read as the space a user types.
const SPACE_SEPARATOR = /^\p{Zs}$/u

function foldChar(c: string): string {
  let f = folded.get(c)
  if (f === undefined && SPACE_SEPARATOR.test(c)) folded.set(c, (f = ' '))
  if (f === undefined) {
    const base = c.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
    const lower = c.toLowerCase()
    f = base.length === 1 ? base : lower.length === 1 ? lower : c
    folded.set(c, f)
  }
  return f
}

/** Lower case without diacritics, with the same length as the input. */
export function foldText(text: string): string {
  const out: string[] = []
  let runStart = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // ASCII needs no folding beyond lower case, which the whole run gets at once.
    if (code < 128) continue
    if (i > runStart) out.push(text.slice(runStart, i).toLowerCase())
    out.push(foldChar(text[i] as string))
    runStart = i + 1
  }
  out.push(text.slice(runStart).toLowerCase())
  return out.join('')
}

/** A span of the text: [start, end) in UTF-16 code units. */
export type Span = readonly [number, number]

/** Start offsets of every occurrence of the query in the already folded text, at most `limit`. */
export function findAll(foldedText: string, query: string, limit: number): Span[] {
  const needle = foldText(query)
  if (needle.trim() === '') return []
  const spans: Span[] = []
  let at = foldedText.indexOf(needle)
  while (at !== -1 && spans.length < limit) {
    spans.push([at, at + needle.length])
    at = foldedText.indexOf(needle, at + needle.length)
  }
  return spans
}
