/*
 * What the table's text filters read instead of every row's text: a
 * signature per row (which characters it holds) and an index of the
 * distinct words with the rows that hold each (see table-index.ts).
 */

/*
 * A row's signature has a bit for each letter a-z its text holds, one for
 * any digit and five shared by every other character. A row whose signature
 * lacks a bit of the needle's cannot contain the needle, so a search tests
 * one integer per row before it reads any text; for a single letter the bit
 * is the whole answer.
 */
export function charBit(code: number): number {
  if (code >= 97 && code <= 122) return 1 << (code - 97)
  if (code >= 48 && code <= 57) return 1 << 26
  return 1 << (27 + (code % 5))
}

export function signature(text: string): number {
  let bits = 0
  for (let i = 0; i < text.length; i++) bits |= charBit(text.charCodeAt(i))
  return bits
}

/** Whether the needle's signature bits answer the search alone: one letter a-z. */
export const signatureDecides = (needle: string) => needle.length === 1 && needle >= 'a' && needle <= 'z'

/*
 * Words are the maximal runs of ASCII letters and digits and of anything
 * beyond ASCII (accented letters, scripts without spaces, symbols). A needle
 * made only of such characters can occur only inside one word, so the rows
 * it matches are exactly those holding a word that contains it: a search
 * reads the distinct words and the rows of those that match, not every
 * row's text. Any split would do for that; this one is cheap to test.
 */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, c) => Number(/[0-9A-Za-z]/.test(String.fromCharCode(c))))
const isWordUnit = (code: number) => code >= 0x80 || ASCII_WORD[code] === 1

/** Whether `needle` is one word, which the words alone answer. */
export function isWord(needle: string): boolean {
  for (let c = 0; c < needle.length; c++) if (!isWordUnit(needle.charCodeAt(c))) return false
  return needle.length > 0
}

/** The words of `text`, in order. */
export function wordsOf(text: string): string[] {
  const words: string[] = []
  let start = -1
  for (let c = 0; c <= text.length; c++) {
    if (c < text.length && isWordUnit(text.charCodeAt(c))) {
      if (start < 0) start = c
    } else if (start >= 0) {
      words.push(text.slice(start, c))
      start = -1
    }
  }
  return words
}

/** What a text search over one key (the global filter or a column) keeps, built in one pass over the texts. */
export interface TextIndex {
  /** One signature per row. */
  signatures: Uint32Array
  /** Every distinct word of the texts. */
  words: string[]
  /** The rows holding words[w], ascending, are rows[starts[w]] up to rows[starts[w + 1]]. */
  starts: Uint32Array
  rows: Uint32Array
}

// A slice of a longer string keeps the whole of it alive; a word kept for good must be a string of its own.
const detached = (s: string): string => JSON.parse(JSON.stringify(s)) as string

/** Whether text[start, end) is `word`: compared here, as a call to startsWith per word costs more than the loop. */
function sameAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let j = 0; j < word.length; j++) if (word.charCodeAt(j) !== text.charCodeAt(start + j)) return false
  return true
}

/** The distinct words met so far, numbered in order; looking up a word met before allocates nothing. */
class Vocabulary {
  readonly words: string[] = []
  private readonly hashes: number[] = []
  private readonly signatures: number[] = []
  private slots = new Int32Array(1 << 12).fill(-1)

  /** Appends the number of each word of `text` to `out`, in order; returns the text's signature. */
  collect(text: string, out: number[]): number {
    const n = text.length
    let bits = 0
    for (let c = 0; c < n; ) {
      const first = text.charCodeAt(c)
      if (!isWordUnit(first)) {
        bits |= charBit(first)
        c++
        continue
      }
      const start = c
      let hash = first
      while (++c < n) {
        const code = text.charCodeAt(c)
        if (!isWordUnit(code)) break
        hash = (Math.imul(hash, 31) + code) | 0
      }
      const id = this.numberOf(text, start, c, hash)
      bits |= this.signatures[id] as number
      out.push(id)
    }
    return bits
  }

  private numberOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1
    let slot = hash & mask
    for (let id = this.slots[slot] as number; id !== -1; id = this.slots[slot] as number) {
      if (this.hashes[id] === hash && sameAt(this.words[id] as string, text, start, end)) return id
      slot = (slot + 1) & mask
    }
    const id = this.words.length
    const word = detached(text.slice(start, end))
    this.words.push(word)
    this.hashes.push(hash)
    this.signatures.push(signature(word))
    if (this.words.length * 2 <= this.slots.length) this.slots[slot] = id
    else this.rehash()
    return id
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1)
    const mask = this.slots.length - 1
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask
      this.slots[slot] = id
    })
  }
}

/** A copy of `array` with room for `size` numbers. */
function grown(array: Uint32Array, size: number): Uint32Array {
  const copy = new Uint32Array(size)
  copy.set(array)
  return copy
}

/** A cell's text as a text index reads it: its word numbers and its signature. */
interface Cell {
  words: number[]
  bits: number
}

/** Distinct texts a column may show before the index checks whether they repeat. */
const REPEATS_CHECKED = 1024

/** The text index of `columns` (their texts joined, as the global filter reads them, when there are several). */
export function buildTextIndex<T>(data: readonly T[], columns: readonly ((row: T) => string)[]): TextIndex {
  const count = data.length
  const vocabulary = new Vocabulary()
  // Most columns repeat a few values (sources, tags, types): each distinct text is read once. A column
  // whose texts rarely repeat (quotes) is read row by row, as remembering its texts would cost more than it saves.
  const seen: (Map<string, Cell> | null)[] = columns.map(() => new Map())
  const separators = columns.length > 1 ? charBit(1) : 0
  const signatures = new Uint32Array(count)
  // Per word: the last row it was counted in, and in how many rows it is.
  let lastRow = new Int32Array(1 << 12).fill(-1)
  let counts: Uint32Array = new Uint32Array(lastRow.length)
  const scratch: number[] = []
  // Each row's distinct word numbers, row after row; row i's end where rowEnds[i] says.
  let found: Uint32Array = new Uint32Array(Math.max(64, count * 8))
  let used = 0
  const rowEnds = new Uint32Array(count)
  for (let i = 0; i < count; i++) {
    const row = data[i] as T
    let bits = separators
    for (let k = 0; k < columns.length; k++) {
      const text = (columns[k] as (row: T) => string)(row)
      const known = seen[k]
      let cell = known?.get(text)
      if (!cell) {
        scratch.length = 0
        cell = { words: scratch, bits: vocabulary.collect(text.toLowerCase(), scratch) }
        if (known && known.size > REPEATS_CHECKED && known.size * 2 > i) seen[k] = null
        else if (known) known.set(text, { words: scratch.slice(), bits: cell.bits })
      }
      bits |= cell.bits
      if (vocabulary.words.length > lastRow.length) {
        const size = Math.max(lastRow.length * 4, vocabulary.words.length)
        const seenIn = new Int32Array(size).fill(-1)
        seenIn.set(lastRow)
        lastRow = seenIn
        counts = grown(counts, size)
      }
      const { words } = cell
      if (used + words.length > found.length) found = grown(found, Math.max(found.length * 2, used + words.length))
      for (let j = 0; j < words.length; j++) {
        const w = words[j] as number
        if (lastRow[w] === i) continue
        lastRow[w] = i
        counts[w] = (counts[w] as number) + 1
        found[used++] = w
      }
    }
    signatures[i] = bits
    rowEnds[i] = used
  }
  const { words } = vocabulary
  const starts = new Uint32Array(words.length + 1)
  for (let w = 0; w < words.length; w++) starts[w + 1] = (starts[w] as number) + (counts[w] as number)
  const rows = new Uint32Array(used)
  const next = starts.slice(0, words.length)
  for (let i = 0, k = 0; i < count; i++) {
    for (const end = rowEnds[i] as number; k < end; k++) {
      const w = found[k] as number
      rows[(next[w] as number)++] = i
    }
  }
  return { signatures, words, starts, rows }
}

/** Rows holding a word that contains `needle`, itself one word: exact, with no row's text read. */
export function wordMask({ words, starts, rows }: TextIndex, needle: string, count: number): Uint8Array {
  const mask = new Uint8Array(count)
  for (let w = 0; w < words.length; w++) {
    if (!(words[w] as string).includes(needle)) continue
    for (let k = starts[w] as number, end = starts[w + 1] as number; k < end; k++) mask[rows[k] as number] = 1
  }
  return mask
}
