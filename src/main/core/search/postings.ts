/** Visits one posting: document number, term frequency, and a handle for `readPositions`. */
export type PostingVisitor = (doc: number, tf: number, at: number) => void

const EMPTY = new Uint8Array(0)

/**
 * The postings of every term, with positions, as bytes. An entry is varints:
 * document gap, tf, byte length of the positions, then tf position gaps
 * (English text averages about 1.3 bytes a position). Terms are appended
 * into their own growing buffer, then `freeze` packs them all into one slab:
 * a typed array per term would cost ~200 bytes of object overhead each, and
 * a corpus has hundreds of thousands of rare terms. Entries appended after a
 * freeze go to per-term tails until the next one.
 */
export class Postings {
  private slab = EMPTY
  private slabStart: number[] = []
  private slabEnd: number[] = []
  private tails: Uint8Array[] = []
  private tailLen: number[] = []
  private lastDoc: number[] = []
  private docCount: number[] = []

  /** Registers a new term and returns its number. */
  addTerm(): number {
    this.slabStart.push(0)
    this.slabEnd.push(0)
    this.tails.push(EMPTY)
    this.tailLen.push(0)
    this.lastDoc.push(-1)
    this.docCount.push(0)
    return this.docCount.length - 1
  }

  /** Number of documents holding the term (removed ones included until compaction). */
  df(term: number): number {
    return this.docCount[term] ?? 0
  }

  /** Appends a document's entry; documents arrive in increasing number. `pos` is sorted. */
  append(term: number, doc: number, pos: Uint32Array, from: number, to: number): void {
    const tf = to - from
    let posBytes = 0
    let prev = 0
    for (let i = from; i < to; i++) {
      const p = pos[i] as number
      posBytes += varintSize(p - prev)
      prev = p
    }
    const gap = doc - (this.lastDoc[term] as number)
    const need = varintSize(gap) + varintSize(tf) + varintSize(posBytes) + posBytes
    let buf = this.tails[term] as Uint8Array
    let at = this.tailLen[term] as number
    if (at + need > buf.length) {
      const grown = new Uint8Array(Math.max(16, (at + need) * 2))
      grown.set(buf.subarray(0, at))
      this.tails[term] = buf = grown
    }
    at = writeVarint(buf, at, gap)
    at = writeVarint(buf, at, tf)
    at = writeVarint(buf, at, posBytes)
    prev = 0
    for (let i = from; i < to; i++) {
      const p = pos[i] as number
      at = writeVarint(buf, at, p - prev)
      prev = p
    }
    this.tailLen[term] = at
    this.lastDoc[term] = doc
    this.docCount[term] = (this.docCount[term] as number) + 1
  }

  /** Visits every entry of a term in document order, skipping the positions. */
  forEach(term: number, visit: PostingVisitor): void {
    const last = this.scan(this.slab, this.slabStart[term] ?? 0, this.slabEnd[term] ?? 0, -1, 0, visit)
    this.scan(this.tails[term] ?? EMPTY, 0, this.tailLen[term] ?? 0, last, 1, visit)
  }

  private scan(buf: Uint8Array, from: number, to: number, doc: number, where: number, visit: PostingVisitor): number {
    let i = from
    while (i < to) {
      doc += readVarint(buf, i)
      i = skipVarint(buf, i)
      const tf = readVarint(buf, i)
      i = skipVarint(buf, i)
      const posBytes = readVarint(buf, i)
      i = skipVarint(buf, i)
      // The handle keeps the buffer in its low bit: 0 the slab, 1 the term's tail.
      visit(doc, tf, i * 2 + where)
      i += posBytes
    }
    return doc
  }

  /** Decodes the positions of the entry `at` (from forEach) into out[0, tf). */
  readPositions(term: number, at: number, tf: number, out: Uint32Array): void {
    const buf = at % 2 === 0 ? this.slab : (this.tails[term] ?? EMPTY)
    let i = Math.floor(at / 2)
    let p = 0
    for (let k = 0; k < tf; k++) {
      p += readVarint(buf, i)
      i = skipVarint(buf, i)
      out[k] = p
    }
  }

  /**
   * Packs every term into one new slab, dropping the entries of documents
   * `keep` rejects. Dropping an entry frees more bytes than re-encoding the
   * next document gap can take, so the bytes in use bound the new size.
   */
  freeze(keep: (doc: number) => boolean): void {
    let used = this.slab.length
    for (const n of this.tailLen) used += n
    const out = new Uint8Array(used)
    let at = 0
    for (let t = 0; t < this.docCount.length; t++) {
      const start = at
      let last = -1
      let count = 0
      this.forEach(t, (doc, tf, handle) => {
        if (!keep(doc)) return
        const buf = handle % 2 === 0 ? this.slab : (this.tails[t] as Uint8Array)
        const from = Math.floor(handle / 2)
        let end = from
        for (let k = 0; k < tf; k++) end = skipVarint(buf, end)
        at = writeVarint(out, at, doc - last)
        at = writeVarint(out, at, tf)
        at = writeVarint(out, at, end - from)
        out.set(buf.subarray(from, end), at)
        at += end - from
        last = doc
        count++
      })
      this.slabStart[t] = start
      this.slabEnd[t] = at
      this.lastDoc[t] = last
      this.docCount[t] = count
    }
    this.tails.fill(EMPTY)
    this.tailLen.fill(0)
    this.slab = at === out.length ? out : out.slice(0, at)
  }

  /** Bytes held by postings, slack of the growing tails included. */
  byteSize(): number {
    return this.slab.length + this.tailBytes()
  }

  /** Bytes in the packed slab. */
  slabBytes(): number {
    return this.slab.length
  }

  /** Bytes in per-term tails (appended since the last freeze), slack included. */
  tailBytes(): number {
    let n = 0
    for (const tail of this.tails) n += tail.length
    return n
  }
}

function varintSize(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5
}

function writeVarint(buf: Uint8Array, at: number, v: number): number {
  while (v >= 0x80) {
    buf[at++] = (v & 0x7f) | 0x80
    v = Math.floor(v / 128)
  }
  buf[at++] = v
  return at
}

function readVarint(buf: Uint8Array, i: number): number {
  let v = 0
  let shift = 0
  let b: number
  do {
    b = buf[i++] as number
    v += (b & 0x7f) * 2 ** shift
    shift += 7
  } while (b >= 0x80)
  return v
}

function skipVarint(buf: Uint8Array, i: number): number {
  while ((buf[i++] as number) >= 0x80);
  return i
}
