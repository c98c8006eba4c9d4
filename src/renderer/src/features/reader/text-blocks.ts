/** A piece of the reader: a page marker, or a paragraph as a span of the source text. */
export type Block =
  | { kind: 'page'; page: number; start: number }
  /** `continued` when a page break split the paragraph and this is its later part. */
  | { kind: 'paragraph'; start: number; end: number; continued?: true }

/*
 * Paragraphs are split on blank lines; leading line breaks and trailing white
 * space are left out so that the spans hold only what is shown. Offsets stay
 * those of the stored text, which is what clippings, search hits and find
 * matches are expressed in.
 */
function paragraphSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const breaks = /\n[ \t]*\n/g
  let from = 0
  const add = (start: number, end: number) => {
    while (start < end && text[start] === '\n') start++
    while (end > start && /\s/.test(text[end - 1] as string)) end--
    if (text.slice(start, end).trim() !== '') spans.push([start, end])
  }
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    add(from, m.index)
    from = m.index + m[0].length
  }
  add(from, text.length)
  return spans
}

/**
 * The text as blocks in reading order, with a "Page N" marker where each
 * page starts (`pages` holds each page's start offset). A page that begins
 * inside a paragraph splits it there, so the marker sits where the page turns.
 */
export function textBlocks(text: string, pages: readonly number[] = []): Block[] {
  const blocks: Block[] = []
  let page = 0
  const markPagesUpTo = (offset: number) => {
    while (page < pages.length && (pages[page] as number) <= offset) {
      blocks.push({ kind: 'page', page: page + 1, start: pages[page] as number })
      page++
    }
  }
  for (const [start, end] of paragraphSpans(text)) {
    markPagesUpTo(start)
    let from = start
    while (page < pages.length && (pages[page] as number) < end) {
      const turn = pages[page] as number
      if (text.slice(from, turn).trim() !== '') {
        blocks.push(from === start ? { kind: 'paragraph', start, end: turn } : { kind: 'paragraph', start: from, end: turn, continued: true })
      }
      markPagesUpTo(turn)
      from = turn
    }
    blocks.push(from === start ? { kind: 'paragraph', start, end } : { kind: 'paragraph', start: from, end, continued: true })
  }
  return blocks
}

/** Index of the block that holds the offset (or the last block before it). */
export function blockAt(blocks: readonly Block[], offset: number): number {
  let lo = 0
  let hi = blocks.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((blocks[mid] as Block).start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
