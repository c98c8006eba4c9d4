/*
 * Filtering, sorting and facet counts over plain arrays, for tables of
 * 100,000 rows. TanStack Table builds an object with dozens of methods for
 * every row, and again for every filtered and sorted model; at this size
 * that alone takes seconds. Here each column's words, facet values and
 * sorted orders are computed once per data set, filters become byte masks,
 * and the result is an order of row indexes in a typed array, so that a
 * keystroke or a click allocates a few flat buffers and no per-row objects.
 * TanStack Table still declares the columns and renders the few rows in view.
 */

import { buildTextIndex, isWord, signature, signatureDecides, wordMask, wordsOf, type TextIndex } from './text-search-index'

export interface IndexColumn<T> {
  id: string
  /** The cell as plain text: what filters search and CSV exports. */
  text: (row: T) => string
  /** The values a facet filter matches and counts ('' for "not set"). */
  facetValues: (row: T) => readonly string[]
  /** Sort by this raw value instead of the text (numbers, ISO dates). */
  value?: (row: T) => unknown
  /** Takes part in the table's global filter. */
  global: boolean
}

export interface Filter {
  id: string
  value: unknown
}

export interface Sort {
  id: string
  desc: boolean
}

/** A mask has 1 for each row a filter lets through. */
type Mask = Uint8Array

/** The rank of an empty value: last whichever way the column sorts. */
const EMPTY_RANK = 0xffffffff

// Printable ASCII and whitespace: no accents to strip, so lower case is the whole key.
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/

function sortKey(text: string): string {
  // Accents aside, so "État" sorts with "Etat" and not after "z"; cheaper than a collator on every comparison.
  // Decomposing costs twenty times a lower-casing, and most text has nothing to decompose.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase()
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === ''

/** The global filter's key among the column ids of the caches. */
const GLOBAL = '\u0000global'

/** Keeps the masks of the last few filter values, so typing and deleting a letter costs nothing twice. */
const MASK_CACHE = 64

/*
 * Collation keys for a string sort: a run of a row's characters packed into
 * one float with the row's index in its low bits, so that a sort is mostly
 * the engine's native numeric sort of a Float64Array. Characters are packed
 * as their rank among the code units the column uses, so plain text packs
 * seven or more characters a float. Rows whose packed characters tie are
 * packed again from the next characters and sorted among themselves, as a
 * most-significant-digit radix sort does; past the ranked characters a
 * comparison of the whole strings settles what is left.
 */
const FLOAT_BITS = 53
/** Leading characters ranked and packed; longer common beginnings are rare, and compared as strings. */
const RANKED = 24

/** Sorts `rows` (all with string keys) by key, ties in the order given; `rows` is ascending on entry. */
function sortByStrings(rows: Uint32Array, keys: readonly unknown[], total: number): Uint32Array {
  const indexBits = Math.max(1, Math.ceil(Math.log2(total + 1)))
  const rank = new Uint16Array(0x10000)
  for (const i of rows) {
    const key = keys[i] as string
    for (let c = 0, m = Math.min(RANKED, key.length); c < m; c++) rank[key.charCodeAt(c)] = 1
  }
  // 0 stands for "no character here", so a string sorts before every longer string it begins.
  let units = 0
  for (let u = 0; u < rank.length; u++) if (rank[u]) rank[u] = ++units
  const charBits = Math.max(1, Math.ceil(Math.log2(units + 1)))
  const chars = Math.min(RANKED, Math.floor((FLOAT_BITS - indexBits) / charBits))
  if (chars < 1) return sortByValues(rows, keys)
  const levels = Math.floor(RANKED / chars)
  const base = 2 ** charBits
  const scale = 2 ** indexBits
  const packed = Float64Array.from(rows)
  const codeAt = (n: number) => Math.floor((packed[n] as number) / scale)

  const pending = [0, rows.length, 0]
  while (pending.length > 0) {
    const level = pending.pop() as number
    const to = pending.pop() as number
    const from = pending.pop() as number
    const offset = level * chars
    for (let n = from; n < to; n++) {
      const i = (packed[n] as number) % scale
      const key = keys[i] as string
      let code = 0
      for (let c = offset; c < offset + chars; c++) code = code * base + (c < key.length ? (rank[key.charCodeAt(c)] as number) : 0)
      packed[n] = code * scale + i
    }
    packed.subarray(from, to).sort()
    for (let start = from; start < to; ) {
      const code = codeAt(start)
      let end = start + 1
      while (end < to && codeAt(end) === code) end++
      // A tie on code 0 is two strings that both ended: equal, and already in row order.
      if (end - start > 1 && code !== 0) {
        if (level + 1 < levels) pending.push(start, end, level + 1)
        else packed.set(Float64Array.from(sortByValues(indexesOf(packed.subarray(start, end), scale), keys)), start)
      }
      start = end
    }
  }
  return indexesOf(packed, scale)
}

function indexesOf(packed: Float64Array, scale: number): Uint32Array {
  const out = new Uint32Array(packed.length)
  for (let n = 0; n < packed.length; n++) out[n] = (packed[n] as number) % scale
  return out
}

/** A stable comparison sort of `rows` by their keys. */
function sortByValues(rows: Uint32Array, keys: readonly unknown[]): Uint32Array {
  const sorted = Array.from(rows).sort((a, b) => {
    const x = keys[a] as string | number
    const y = keys[b] as string | number
    return x < y ? -1 : x > y ? 1 : 0
  })
  return Uint32Array.from(sorted)
}

interface ColumnOrder {
  /** Every row, ascending, empty values last, ties in data order. */
  asc: Uint32Array
  /** Every row, descending, empty values last, ties in data order. */
  desc: Uint32Array
  /** Each row's place in the ascending order (equal values share one), for sorting by several columns. */
  ranks: Uint32Array
}

export class TableIndex<T> {
  private readonly byId: Map<string, IndexColumn<T>>
  private readonly lowerCache = new Map<string, string[]>()
  private readonly facetCache = new Map<string, (readonly string[])[]>()
  private readonly orderCache = new Map<string, ColumnOrder>()
  private readonly textCache = new Map<string, TextIndex>()
  private readonly maskCache = new Map<string, Mask>()
  private globalText: string[] | null = null
  private everyRow: Uint32Array | null = null

  constructor(
    readonly data: readonly T[],
    columns: readonly IndexColumn<T>[],
  ) {
    this.byId = new Map(columns.map((c) => [c.id, c]))
  }

  column(id: string): IndexColumn<T> | undefined {
    return this.byId.get(id)
  }

  /** A column's text in lower case, for each row: what a column's filter box searches. */
  private lower(column: IndexColumn<T>): string[] {
    let values = this.lowerCache.get(column.id)
    if (!values) {
      values = this.data.map((row) => column.text(row).toLowerCase())
      this.lowerCache.set(column.id, values)
    }
    return values
  }

  facets(column: IndexColumn<T>): (readonly string[])[] {
    let values = this.facetCache.get(column.id)
    if (!values) {
      values = this.data.map(column.facetValues)
      this.facetCache.set(column.id, values)
    }
    return values
  }

  /** Sort keys, made for one sort: the orders and ranks it leaves answer every later sort by the column. */
  private keys(column: IndexColumn<T>): unknown[] {
    const { value } = column
    return value ? this.data.map(value) : this.data.map((row) => sortKey(column.text(row)))
  }

  private globalColumns(): IndexColumn<T>[] {
    return [...this.byId.values()].filter((c) => c.global)
  }

  /** The texts a key searches, kept only once a needle that spans words needs them. */
  private texts(key: string): string[] {
    const column = this.byId.get(key)
    if (column) return this.lower(column)
    if (!this.globalText) {
      const columns = this.globalColumns()
      // Every global column's text in one string per row, one search per row instead of one per cell;
      // a separator no one types keeps a search from matching across two cells.
      this.globalText = this.data.map((row) => columns.map((c) => c.text(row)).join('\u0001').toLowerCase())
    }
    return this.globalText
  }

  private textIndex(key: string): TextIndex {
    let index = this.textCache.get(key)
    if (!index) {
      const column = this.byId.get(key)
      index = buildTextIndex(this.data, (column ? [column] : this.globalColumns()).map((c) => c.text))
      this.textCache.set(key, index)
    }
    return index
  }

  /** Whether searching `needle` under `key` needs nothing more built than what is. */
  private textReady(key: string, needle: string): boolean {
    if (!needle) return true
    if (!this.textCache.has(key)) return false
    if (signatureDecides(needle) || isWord(needle)) return true
    return this.byId.has(key) ? this.lowerCache.has(key) : this.globalText !== null
  }

  private cached(key: string, compute: () => Mask): Mask {
    let mask = this.maskCache.get(key)
    if (!mask) {
      mask = compute()
      if (this.maskCache.size >= MASK_CACHE) this.maskCache.delete(this.maskCache.keys().next().value as string)
      this.maskCache.set(key, mask)
    }
    return mask
  }

  /**
   * Rows whose texts contain `needle` (lower case). One letter is answered
   * by the signatures, one word by the words, and a needle that spans words
   * (spaces, punctuation) is read only in the rows that hold every word of
   * it and that a cached shorter needle let through.
   */
  private textMask(key: string, needle: string): Mask {
    return this.cached(`${key}\u0000${needle}`, () => {
      const index = this.textIndex(key)
      const n = this.data.length
      const want = signature(needle)
      const bits = index.signatures
      if (signatureDecides(needle)) {
        const mask = new Uint8Array(n)
        for (let i = 0; i < n; i++) if (((bits[i] as number) & want) === want) mask[i] = 1
        return mask
      }
      if (isWord(needle)) return wordMask(index, needle, n)
      const partMasks = wordsOf(needle).map((part) => this.textMask(key, part))
      let base: Mask | undefined
      for (let k = needle.length - 1; k > 0 && !base; k--) base = this.maskCache.get(`${key}\u0000${needle.slice(0, k)}`)
      if (base) partMasks.push(base)
      const values = this.texts(key)
      const mask = new Uint8Array(n)
      rows: for (let i = 0; i < n; i++) {
        if (((bits[i] as number) & want) !== want) continue
        for (const m of partMasks) if (!m[i]) continue rows
        if ((values[i] as string).includes(needle)) mask[i] = 1
      }
      return mask
    })
  }

  globalMask(query: string): Mask | null {
    const needle = query.trim().toLowerCase()
    return needle ? this.textMask(GLOBAL, needle) : null
  }

  /** A string filters by text, a list by facet values; anything else (an old saved view) filters nothing. */
  filterMask(filter: Filter): Mask | null {
    const column = this.byId.get(filter.id)
    if (!column) return null
    const { value } = filter
    if (typeof value === 'string') {
      const needle = value.trim().toLowerCase()
      return needle ? this.textMask(column.id, needle) : null
    }
    if (!Array.isArray(value) || value.length === 0) return null
    return this.cached(`${column.id}\u0000${JSON.stringify(value)}`, () => {
      const wanted = new Set(value.map(String))
      const facets = this.facets(column)
      const mask = new Uint8Array(facets.length)
      for (let i = 0; i < facets.length; i++) if ((facets[i] as readonly string[]).some((v) => wanted.has(v))) mask[i] = 1
      return mask
    })
  }

  /**
   * Whether every column these filters and this sort need is prepared (its
   * words and signatures, its facet values, its sorted order), so that the
   * answer takes milliseconds; the first use of a column takes far longer.
   */
  prepared(globalFilter: string, filters: readonly Filter[], sorting: readonly Sort[]): boolean {
    if (!this.textReady(GLOBAL, globalFilter.trim().toLowerCase())) return false
    for (const { id, value } of filters) {
      if (!this.byId.has(id)) continue
      if (typeof value === 'string' && !this.textReady(id, value.trim().toLowerCase())) return false
      if (Array.isArray(value) && value.length > 0 && !this.facetCache.has(id)) return false
    }
    return sorting.every((s) => !this.byId.has(s.id) || this.orderCache.has(s.id))
  }

  /** The masks of the active filters, keyed by column id ('' for the global filter). */
  masks(globalFilter: string, filters: readonly Filter[]): Map<string, Mask> {
    const masks = new Map<string, Mask>()
    const global = this.globalMask(globalFilter)
    if (global) masks.set('', global)
    for (const filter of filters) {
      const mask = this.filterMask(filter)
      if (mask) masks.set(filter.id, mask)
    }
    return masks
  }

  /** Indexes of the rows every mask lets through (except the one for `skip`), in data order. */
  matching(masks: ReadonlyMap<string, Mask>, skip?: string): Uint32Array {
    const active = [...masks].filter(([id]) => id !== skip).map(([, mask]) => mask)
    const n = this.data.length
    if (active.length === 0) {
      if (!this.everyRow) this.everyRow = Uint32Array.from({ length: n }, (_, i) => i)
      return this.everyRow.slice()
    }
    // With one mask (the common case while typing) the combined mask is that mask: no copy.
    let all = active[0] as Mask
    if (active.length > 1) {
      all = all.slice()
      for (const mask of active.slice(1)) for (let i = 0; i < n; i++) all[i] = (all[i] as number) & (mask[i] as number)
    }
    let count = 0
    for (let i = 0; i < n; i++) count += all[i] as number
    const out = new Uint32Array(count)
    for (let i = 0, k = 0; k < count; i++) if (all[i]) out[k++] = i
    return out
  }

  /** The same rows as `matching`, as a plain array. */
  rows(masks: ReadonlyMap<string, Mask>, skip?: string): number[] {
    return Array.from(this.matching(masks, skip))
  }

  /**
   * Sorted copy of `rows`; empty values go last in either direction, ties
   * keep data order. Each column's full order is sorted once per data set;
   * sorting by one column is then a pass that keeps the given rows in that
   * order, so a new filter or a flip of direction costs no comparisons.
   */
  sort(rows: ArrayLike<number>, sorting: readonly Sort[]): Uint32Array {
    const entries = sorting.flatMap((s) => {
      const column = this.byId.get(s.id)
      return column ? [{ column, desc: s.desc }] : []
    })
    const [only] = entries
    if (!only) return Uint32Array.from(rows)
    if (entries.length === 1) {
      const orders = this.order(only.column)
      const order = only.desc ? orders.desc : orders.asc
      if (rows.length === this.data.length) return order.slice()
      const keep = new Uint8Array(this.data.length)
      for (let n = 0; n < rows.length; n++) keep[rows[n] as number] = 1
      const out = new Uint32Array(rows.length)
      for (let n = 0, k = 0; k < out.length; n++) {
        const i = order[n] as number
        if (keep[i]) out[k++] = i
      }
      return out
    }
    const ranked = entries.map(({ column, desc }) => ({ ranks: this.order(column).ranks, dir: desc ? -1 : 1 }))
    const sorted = Array.from(rows).sort((a, b) => {
      for (const { ranks, dir } of ranked) {
        const x = ranks[a] as number
        const y = ranks[b] as number
        if (x === y) continue
        if (x === EMPTY_RANK) return 1
        if (y === EMPTY_RANK) return -1
        return (x - y) * dir
      }
      return a - b
    })
    return Uint32Array.from(sorted)
  }

  /** Both of a column's full orders and its ranks, from one sort per data set. */
  private order(column: IndexColumn<T>): ColumnOrder {
    let orders = this.orderCache.get(column.id)
    if (orders) return orders
    const keys = this.keys(column)
    const n = this.data.length
    let filled = 0
    let strings = true
    for (let i = 0; i < n; i++) {
      const key = keys[i]
      if (isEmpty(key)) continue
      filled++
      if (typeof key !== 'string') strings = false
    }
    const present = new Uint32Array(filled)
    const empty = new Uint32Array(n - filled)
    for (let i = 0, p = 0, e = 0; i < n; i++) {
      if (isEmpty(keys[i])) empty[e++] = i
      else present[p++] = i
    }
    const sorted = strings ? sortByStrings(present, keys, n) : sortByValues(present, keys)
    const ranks = new Uint32Array(n).fill(EMPTY_RANK)
    // Runs of equal keys: ranks for several-column sorts, and the blocks the descending order reverses.
    const starts: number[] = []
    for (let p = 0; p < sorted.length; p++) {
      const i = sorted[p] as number
      if (p === 0 || keys[i] !== keys[sorted[p - 1] as number]) starts.push(p)
      ranks[i] = starts.length - 1
    }
    const asc = new Uint32Array(n)
    asc.set(sorted)
    asc.set(empty, sorted.length)
    const desc = new Uint32Array(n)
    let k = 0
    for (let s = starts.length - 1; s >= 0; s--) {
      const end = s + 1 < starts.length ? (starts[s + 1] as number) : sorted.length
      desc.set(sorted.subarray(starts[s] as number, end), k)
      k += end - (starts[s] as number)
    }
    desc.set(empty, k)
    orders = { asc, desc, ranks }
    this.orderCache.set(column.id, orders)
    return orders
  }

  /** How many of the rows the other filters leave carry each value of a facet column. */
  facetCounts(columnId: string, masks: ReadonlyMap<string, Mask>): Map<string, number> {
    const counts = new Map<string, number>()
    const column = this.byId.get(columnId)
    if (!column) return counts
    const facets = this.facets(column)
    for (const i of this.matching(masks, columnId)) {
      for (const v of facets[i] as readonly string[]) counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    return counts
  }
}
