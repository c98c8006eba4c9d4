/** A sentence's span in the text, trimmed of whitespace and list markers. */
export interface SentenceSpan {
  start: number
  end: number
}

// List markers that open a paragraph or item: "1.", "1.2.", "(a)", "a)",
// "(iv)", "(3)", bullets. A marker is numbering, not part of the quotable text.
const MARKER = String.raw`(?:\((?:[a-zA-Z]|[ivxlc]{1,6}|[IVXLC]{1,6}|\d{1,3})\)|(?:[a-zA-Z]|[ivxlc]{1,6}|[IVXLC]{1,6}|\d{1,3})\)|\d{1,3}(?:\.\d{1,3})*\.|[-•*·▪])`
// "a)Each Party…": converted texts sometimes lose the space after a marker.
const leadingMarker = new RegExp(String.raw`^${MARKER}(?=\s|$|\p{Lu})\s*`, 'u')
const startsWithMarker = new RegExp(String.raw`^\s*${MARKER}(?:\s|$)`, 'u')

// Sentence ends: terminal punctuation (with closing quotes or brackets)
// before whitespace, capturing the next visible character; a semicolon or
// colon before an inline list item, which makes the item its own sentence;
// and a semicolon before a capital, as between preambular paragraphs run
// together ("…; Recognising…"). In prose a semicolon is followed by lower case.
const boundary = new RegExp(String.raw`[.!?]["”’'»)\]]*(?=\s+(\S))|[;:](?=\s+${MARKER}\s)|;(?=\s+\p{Lu})`, 'gu')

const ABBREVIATIONS = new Set([
  'no', 'nos', 'art', 'arts', 'para', 'paras', 'subpara', 'p', 'pp', 'vol', 'ch', 'sec', 'cf', 'al', 'seq',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'inc', 'ltd', 'co', 'corp', 'vs', 'v', 'op', 'cit', 'ibid', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'doc', 'res', 'rev', 'ed', 'eds',
])

const HEADING_WORDS = /^(?:article|chapter|section|part|title|annex|appendix|schedule|preamble|chapitre|titre|annexe)\b/i
const TERMINAL_END = /[.!?;:]["”’'»)\]]*$/

function isAbbreviation(text: string, dot: number): boolean {
  const word = /[A-Za-z][A-Za-z.]*$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[0]
  if (!word) return false
  return word.includes('.') || word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())
}

interface Line {
  start: number
  end: number
  text: string
}

function trimmedLines(text: string): Line[] {
  const lines: Line[] = []
  for (let from = 0; from <= text.length; ) {
    const nl = text.indexOf('\n', from)
    const to = nl < 0 ? text.length : nl
    const raw = text.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    lines.push({ start: from + lead, end: from + lead + body.length, text: body })
    if (nl < 0) break
    from = nl + 1
  }
  return lines
}

// A heading is a short line on its own with no closing punctuation:
// "Article 3 — Protection of critical infrastructure", "CHAPTER II", "## Scope".
function isHeading(line: Line, prev: Line | undefined, next: Line | undefined): boolean {
  if (line.text.startsWith('#')) return true
  if (!line.text || line.text.length > 120 || TERMINAL_END.test(line.text) || line.text.endsWith(',')) return false
  if (startsWithMarker.test(line.text)) return false
  const opensBlock = !prev || !prev.text || TERMINAL_END.test(prev.text) || prev.text.startsWith('#')
  const closesBlock = !next || !next.text || /^[\p{Lu}\d#("“]/u.test(next.text)
  if (!opensBlock || !closesBlock) return false
  if (HEADING_WORDS.test(line.text)) return true
  if (/[.!?]\s+\S/.test(line.text)) return false
  const letters = line.text.replace(/[^\p{L}]/gu, '')
  if (letters !== '' && letters === letters.toUpperCase()) return true
  // Short and in title case: "Why the World Needs a New Cyber Treaty". A short
  // sentence that lost its full stop ("States should act") stays a sentence.
  const words = line.text.split(/\s+/)
  const long = words.filter((w) => /^\P{L}*\p{L}{4}/u.test(w))
  return words.length <= 12 && long.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length * 2 >= long.length
}

// Lines join into one block unless something marks a break: a blank line, a
// heading, a list marker, or a line that ends a sentence or a clause of a
// list ("…;", "…:") — and a comma-ended line followed by a capital, which is
// how preambular paragraphs ("Recalling …,") are laid out.
function blocks(text: string): SentenceSpan[] {
  const lines = trimmedLines(text)
  const heading = lines.map((l, i) => isHeading(l, lines[i - 1], lines[i + 1]))
  const out: SentenceSpan[] = []
  let current: SentenceSpan | null = null
  for (const [i, line] of lines.entries()) {
    const prev = lines[i - 1]
    const joins =
      prev !== undefined &&
      line.text !== '' &&
      !heading[i] &&
      !heading[i - 1] &&
      !TERMINAL_END.test(prev.text) &&
      !startsWithMarker.test(line.text) &&
      !(prev.text.endsWith(',') && /^\p{Lu}/u.test(line.text))
    if (joins && current) current.end = line.end
    else {
      if (current) out.push(current)
      current = line.text === '' || heading[i] ? null : { start: line.start, end: line.end }
    }
  }
  if (current) out.push(current)
  return out
}

function trimSpan(text: string, start: number, end: number): SentenceSpan | null {
  let s = start
  let e = end
  for (;;) {
    while (s < e && /\s/.test(text[s] ?? '')) s++
    const marker = leadingMarker.exec(text.slice(s, Math.min(e, s + 24)))
    if (!marker || marker[0].length === 0 || s + marker[0].length > e) break
    s += marker[0].length
  }
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  return e > s ? { start: s, end: e } : null
}

/**
 * Splits legal or expository text into sentences, with offsets into `text`.
 * Headings are dropped; numbered paragraphs and lettered items lose their
 * marker; an item of a list ("(a) …;") is a sentence of its own, so that the
 * chapeau and each item can be clipped separately; a line break inside a
 * sentence does not end it; abbreviations (e.g., No., Art., U.N.) do not.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  for (const block of blocks(text)) {
    const body = text.slice(block.start, block.end)
    let from = 0
    boundary.lastIndex = 0
    for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
      const punct = m[0][0] ?? ''
      const next = m[1]
      if (next !== undefined) {
        if (!/[\p{Lu}\d"“‘'(«[]/u.test(next)) continue
        if (punct === '.' && isAbbreviation(body, m.index)) continue
      }
      const span = trimSpan(text, block.start + from, block.start + m.index + m[0].length)
      if (span) spans.push(span)
      from = m.index + m[0].length
    }
    const rest = trimSpan(text, block.start + from, block.end)
    if (rest) spans.push(rest)
  }
  return spans
}
