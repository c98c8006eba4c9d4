import { forEachToken } from './tokenize'
import type { SearchDocKind } from './types'

/** Every 64th token position gets a checkpoint, so a position maps back to text offsets cheaply. */
export const CHECKPOINT_SHIFT = 6
const NO_CHECKPOINTS = new Uint32Array(0)

interface KindStats {
  docs: number
  tokens: number
}

/** What the index knows of each document, by document number (numbers are never reused). */
export class DocTable {
  readonly byId = new Map<string, number>()
  readonly ids: string[] = []
  readonly kinds: SearchDocKind[] = []
  readonly sourceIds: string[] = []
  readonly titles: string[] = []
  /** Folded title terms of sources (clippings: empty). */
  readonly titleTerms: string[][] = []
  readonly lengths: number[] = []
  readonly live: boolean[] = []
  /**
   * Pairs (position, offset) for block b >= 1: the last token at or before
   * position 64b where tokenizing can restart. Short documents need none.
   */
  readonly checkpoints: Uint32Array[] = []
  private readonly stats: Record<SearchDocKind, KindStats> = {
    source: { docs: 0, tokens: 0 },
    clipping: { docs: 0, tokens: 0 },
  }
  private titleTokens = 0
  /** Tokens of removed documents still held in postings. */
  deadTokens = 0

  get size(): number {
    return this.ids.length
  }

  get liveCount(): number {
    return this.stats.source.docs + this.stats.clipping.docs
  }

  get liveTokens(): number {
    return this.stats.source.tokens + this.stats.clipping.tokens
  }

  add(
    meta: { id: string; kind: SearchDocKind; sourceId: string; title: string },
    length: number,
    titleTerms: string[],
    checkpoints: number[],
  ): number {
    const n = this.ids.length
    this.byId.set(meta.id, n)
    this.ids.push(meta.id)
    this.kinds.push(meta.kind)
    this.sourceIds.push(meta.sourceId)
    this.titles.push(meta.title)
    this.titleTerms.push(titleTerms)
    this.lengths.push(length)
    this.live.push(true)
    this.checkpoints.push(checkpoints.length > 0 ? Uint32Array.from(checkpoints) : NO_CHECKPOINTS)
    this.stats[meta.kind].docs++
    this.stats[meta.kind].tokens += length
    this.titleTokens += titleTerms.length
    return n
  }

  remove(n: number): void {
    const kind = this.kinds[n]
    if (!kind || !this.live[n]) return
    this.live[n] = false
    this.byId.delete(this.ids[n] as string)
    const length = this.lengths[n] ?? 0
    this.stats[kind].docs--
    this.stats[kind].tokens -= length
    this.titleTokens -= this.titleTerms[n]?.length ?? 0
    this.deadTokens += length
    this.titleTerms[n] = []
    this.checkpoints[n] = NO_CHECKPOINTS
  }

  /** Average length by kind: short clippings beside long sources would skew one common average. */
  averageLength(kind: SearchDocKind): number {
    const s = this.stats[kind]
    return s.docs > 0 ? Math.max(1, s.tokens / s.docs) : 1
  }

  averageTitleLength(): number {
    return this.stats.source.docs > 0 ? Math.max(1, this.titleTokens / this.stats.source.docs) : 1
  }

  /** The [start, end) offsets of the token at `pos` of document n, given its text. */
  tokenSpan(n: number, text: string, pos: number): [number, number] | undefined {
    const block = pos >> CHECKPOINT_SHIFT
    const ck = this.checkpoints[n] ?? NO_CHECKPOINTS
    let p = 0
    let from = 0
    if (block > 0 && ck.length >= block * 2) {
      p = ck[(block - 1) * 2] as number
      from = ck[(block - 1) * 2 + 1] as number
    }
    let span: [number, number] | undefined
    forEachToken(text, (_term, start, end) => {
      if (p === pos) {
        span = [start, end]
        return true
      }
      p++
      return false
    }, from)
    return span
  }
}
