/*
 * Filtering, sorting and facet counts over plain arrays, for tables of
 * 100,000 rows. TanStack Table builds an object with dozens of methods for
 * every row, and again for every filtered and sorted model; at this size
 * that alone takes seconds. Here each column's text, lower-case text, facet
 * values and sort keys are computed once per data set, filters become byte
 * masks, and the result is an order of row indexes. TanStack Table still
 * declares the columns and renders the few rows in view.
 */

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

/** Keeps the masks of the last few filter values, so typing and deleting a letter costs nothing twice. */
const MASK_CACHE = 64

export class TableIndex<T> {
  private readonly byId: Map<string, IndexColumn<T>>
  private readonly lowerCache = new Map<string, string[]>()
  private readonly facetCache = new Map<string, (readonly string[])[]>()
  private readonly keyCache = new Map<string, unknown[]>()
  private readonly orderCache = new Map<string, Uint32Array>()
  private readonly rankCache = new Map<string, Uint32Array>()
  private readonly maskCache = new Map<string, Mask>()
  private globalText: string[] | null = null

  constructor(
    readonly data: readonly T[],
    columns: readonly IndexColumn<T>[],
  ) {
    this.byId = new Map(columns.map((c) => [c.id, c]))
  }

  column(id: string): IndexColumn<T> | undefined {
    return this.byId.get(id)
  }

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

  private keys(column: IndexColumn<T>): unknown[] {
    let keys = this.keyCache.get(column.id)
    if (!keys) {
      const { value } = column
      keys = value ? this.data.map(value) : this.data.map((row) => sortKey(column.text(row)))
      this.keyCache.set(column.id, keys)
    }
    return keys
  }

  /** Every global column's text in one string per row: one search per row instead of one per cell. */
  private haystack(): string[] {
    if (!this.globalText) {
      const columns = [...this.byId.values()].filter((c) => c.global).map((c) => this.lower(c))
      // A separator no one types keeps a search from matching across two cells.
      this.globalText = this.data.map((_, i) => columns.map((values) => values[i]).join('\u0001'))
    }
    return this.globalText
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

  /** Rows whose texts contain `needle` (lower case); a longer needle only re-tests rows its prefix let through. */
  private textMask(key: string, texts: () => string[], needle: string): Mask {
    return this.cached(`${key}\u0000${needle}`, () => {
      let base: Mask | undefined
      for (let n = needle.length - 1; n > 0 && !base; n--) base = this.maskCache.get(`${key}\u0000${needle.slice(0, n)}`)
      const values = texts()
      const mask = new Uint8Array(values.length)
      for (let i = 0; i < values.length; i++) if ((!base || base[i]) && (values[i] as string).includes(needle)) mask[i] = 1
      return mask
    })
  }

  globalMask(query: string): Mask | null {
    const needle = query.trim().toLowerCase()
    return needle ? this.textMask('\u0000global', () => this.haystack(), needle) : null
  }

  /** A string filters by text, a list by facet values; anything else (an old saved view) filters nothing. */
  filterMask(filter: Filter): Mask | null {
    const column = this.byId.get(filter.id)
    if (!column) return null
    const { value } = filter
    if (typeof value === 'string') {
      const needle = value.trim().toLowerCase()
      return needle ? this.textMask(column.id, () => this.lower(column), needle) : null
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
  rows(masks: ReadonlyMap<string, Mask>, skip?: string): number[] {
    const active = [...masks].filter(([id]) => id !== skip).map(([, mask]) => mask)
    const out: number[] = []
    outer: for (let i = 0; i < this.data.length; i++) {
      for (const mask of active) if (!mask[i]) continue outer
      out.push(i)
    }
    return out
  }

  /**
   * Sorted copy of `rows`; empty values go last in either direction, ties
   * keep data order. Each column's full order is sorted once per data set;
   * sorting by one column is then a pass that keeps the given rows in that
   * order, so a new filter or a flip of direction costs no comparisons.
   */
  sort(rows: readonly number[], sorting: readonly Sort[]): number[] {
    const entries = sorting.flatMap((s) => {
      const column = this.byId.get(s.id)
      return column ? [{ column, dir: s.desc ? -1 : 1 }] : []
    })
    const [only] = entries
    if (!only) return [...rows]
    if (entries.length === 1) {
      const order = this.order(only.column, only.dir)
      if (rows.length === this.data.length) return Array.from(order)
      const keep = new Uint8Array(this.data.length)
      for (const r of rows) keep[r] = 1
      const out: number[] = []
      for (const i of order) if (keep[i]) out.push(i)
      return out
    }
    const ranked = entries.map(({ column, dir }) => ({ ranks: this.ranks(column), dir }))
    return [...rows].sort((a, b) => {
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
  }

  /** Every row in one column's order (empty values last, ties in data order), sorted once. */
  private order(column: IndexColumn<T>, dir: number): Uint32Array {
    const cacheKey = `${column.id}\u0000${dir}`
    let order = this.orderCache.get(cacheKey)
    if (!order) {
      const keys = this.keys(column)
      const empty = (v: unknown) => v === undefined || v === null || v === ''
      // A plain array sorts with a comparator several times faster than a typed one in V8.
      const sorted = Array.from(this.data.keys()).sort((a, b) => {
        const x = keys[a] as string | number
        const y = keys[b] as string | number
        if (x === y || (empty(x) && empty(y))) return a - b
        if (empty(x)) return 1
        if (empty(y)) return -1
        return (x < y ? -1 : 1) * dir
      })
      order = Uint32Array.from(sorted)
      this.orderCache.set(cacheKey, order)
    }
    return order
  }

  /** Each row's place in the column's ascending order (equal values share one), for sorting by several columns. */
  private ranks(column: IndexColumn<T>): Uint32Array {
    let ranks = this.rankCache.get(column.id)
    if (!ranks) {
      const keys = this.keys(column)
      ranks = new Uint32Array(this.data.length)
      let rank = 0
      let previous: unknown = undefined
      for (const [n, i] of this.order(column, 1).entries()) {
        const key = keys[i]
        if (key === undefined || key === null || key === '') ranks[i] = EMPTY_RANK
        else {
          if (n > 0 && key !== previous) rank++
          ranks[i] = rank
          previous = key
        }
      }
      this.rankCache.set(column.id, ranks)
    }
    return ranks
  }

  /** How many of the rows the other filters leave carry each value of a facet column. */
  facetCounts(columnId: string, masks: ReadonlyMap<string, Mask>): Map<string, number> {
    const counts = new Map<string, number>()
    const column = this.byId.get(columnId)
    if (!column) return counts
    const facets = this.facets(column)
    for (const i of this.rows(masks, columnId)) {
      for (const v of facets[i] as readonly string[]) counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    return counts
  }
}
