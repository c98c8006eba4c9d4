/**
 * Receives one token: its folded search term and where it sits in the text,
 * [start, end) in UTF-16 code units. `restart` is true when tokenizing again
 * from `start` yields the same tokens from here on. Return true to stop.
 */
export type TokenVisitor = (term: string, start: number, end: number, restart: boolean) => boolean | void

/** A token of a text, as collected by `tokenize`. */
export interface Token {
  term: string
  start: number
  end: number
}

const SEP = 0
/** Letters, digits and marks of scripts that separate words with spaces. */
const WORD = 1
/** A Han ideograph: a token on its own (see forEachToken). */
const HAN = 2
/** Scripts written without spaces (kana, Thai, Lao, Khmer, Myanmar): ICU's dictionaries split them. */
const DICT = 3

let table: Uint8Array | undefined
const astral = new Map<number, number>()
const segmenter = new Intl.Segmenter('und', { granularity: 'word' })

function classify(ch: string): number {
  if (/\p{Script=Han}/u.test(ch) && /\p{L}/u.test(ch)) return HAN
  if (/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30fc]/u.test(ch)) {
    return DICT
  }
  // Soft hyphens and zero-width joiners sit inside words (PDF extraction, Persian); folding drops them.
  return /[\p{L}\p{N}\p{M}\u00ad\u200c\u200d]/u.test(ch) ? WORD : SEP
}

/** Classes of all BMP code units, built once: a lookup is far cheaper than a Unicode regex per character. */
function classes(): Uint8Array {
  if (table) return table
  table = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) {
    if (c < 0xd800 || c > 0xdfff) table[c] = classify(String.fromCharCode(c))
  }
  return table
}

function astralClass(cp: number): number {
  let k = astral.get(cp)
  if (k === undefined) {
    k = classify(String.fromCodePoint(cp))
    astral.set(cp, k)
  }
  return k
}

/** Class of the character at i; a surrogate pair's class is stored negated so the caller knows it spans two units. */
function classAt(text: string, i: number, t: Uint8Array): number {
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff) return t[c] ?? SEP
  const lo = text.charCodeAt(i + 1)
  if (!(lo >= 0xdc00 && lo <= 0xdfff)) return SEP
  return -astralClass(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000)
}

function isArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640
}

/**
 * The search form of one word: lowercased (locale-independent), compatibility
 * forms unfolded (ligatures, Arabic presentation forms, full-width letters),
 * accents removed from Latin letters only (й and ё stay themselves), Arabic
 * harakat and tatweel removed. Hamza carriers fold to their bare letter (أ إ آ
 * to ا) because NFKD splits the hamza off as a mark, which is how Arabic search
 * engines normalise too.
 */
export function foldTerm(word: string): string {
  const lower = word.toLowerCase()
  if (!/[^\p{ASCII}]/u.test(lower)) return lower
  const d = lower.normalize('NFKD')
  let out = ''
  let latinBase = false
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i)
    if (c >= 0x0300 && c <= 0x036f) {
      if (latinBase) continue
    } else if (isArabicMark(c) || c === 0x00ad || (c >= 0x200b && c <= 0x200d) || (c >= 0xfe00 && c <= 0xfe0f)) {
      continue
    } else if (c === 0x0671) {
      // Alef wasla is written for plain alef in Quranic and classical typesetting.
      out += '\u0627'
      latinBase = false
      continue
    } else {
      latinBase = c < 0x0250 || (c >= 0x1e00 && c <= 0x1eff)
    }
    out += d[i]
  }
  return out.normalize('NFC')
}

/**
 * Visits the words of text[from, to). Words of spaced scripts are maximal runs
 * of letters, digits and marks: apostrophes, hyphens and dots split them
 * ("l'État" gives l + etat), and a query word that splits becomes a phrase.
 * Each Han ideograph is its own token and a Chinese query is a phrase of them:
 * ICU's dictionary joins compounds (国家安全 is one word), so a word index would
 * not find 安全 there; single ideographs give exact substring semantics. Runs
 * of kana, Thai, Lao, Khmer and Myanmar go to Intl.Segmenter, on the run only:
 * V8's segmenter is slow and grows worse than linearly with the input length.
 */
export function forEachToken(text: string, visit: TokenVisitor, from = 0, to = text.length): void {
  const t = classes()
  let i = from
  while (i < to) {
    const c = text.charCodeAt(i)
    const signed = c < 0x80 ? (t[c] ?? SEP) : classAt(text, i, t)
    const k = signed < 0 ? -signed : signed
    const width = signed < 0 ? 2 : 1
    if (k === SEP) {
      i += width
    } else if (k === HAN) {
      const ch = text.slice(i, i + width)
      const term = c >= 0xf900 && c <= 0xfaff ? foldTerm(ch) : ch
      if (visit(term, i, i + width, true) === true) return
      i += width
    } else if (k === WORD) {
      let j = i + width
      let ascii = c < 0x80
      // Most words are already lower case: skipping toLowerCase for them saves a third of the time.
      let upper = c >= 0x41 && c <= 0x5a
      while (j < to) {
        const n = text.charCodeAt(j)
        if (n < 0x80) {
          if (t[n] !== WORD) break
          if (n <= 0x5a && n >= 0x41) upper = true
          j++
          continue
        }
        const s = classAt(text, j, t)
        if (s !== WORD && s !== -WORD) break
        ascii = false
        j += s < 0 ? 2 : 1
      }
      const term = !ascii ? foldTerm(text.slice(i, j)) : upper ? text.slice(i, j).toLowerCase() : text.slice(i, j)
      if (term.length > 0 && visit(term, i, j, true) === true) return
      i = j
    } else {
      let j = i + width
      while (j < to) {
        const s = classAt(text, j, t)
        if (s !== DICT && s !== -DICT) break
        j += s < 0 ? 2 : 1
      }
      if (dictionaryRun(text, i, j, visit)) return
      i = j
    }
  }
}

function dictionaryRun(text: string, from: number, to: number, visit: TokenVisitor): boolean {
  let first = true
  for (const seg of segmenter.segment(text.slice(from, to))) {
    if (!seg.isWordLike) continue
    const start = from + seg.index
    if (visit(foldTerm(seg.segment), start, start + seg.segment.length, first) === true) return true
    first = false
  }
  return false
}

/** All tokens of a text (for queries, snippets and tests; indexing uses forEachToken). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = []
  forEachToken(text, (term, start, end) => {
    tokens.push({ term, start, end })
  }, from, to)
  return tokens
}

/** True when a snippet may start or end at i without cutting a word of a spaced script in two. */
export function isWordBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true
  const after = text.charCodeAt(i)
  if (after >= 0xdc00 && after <= 0xdfff) return false
  const t = classes()
  return !(t[text.charCodeAt(i - 1)] === WORD && t[after] === WORD)
}
