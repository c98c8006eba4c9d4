/** The fields of a pdf.js TextItem this layout reads. */
export interface PdfTextItem {
  str: string
  /** [a, b, c, d, x, y]: the text matrix; y grows upwards. */
  transform: number[]
  width: number
  height: number
  dir: string
  hasEOL: boolean
}

interface Part {
  str: string
  x: number
  width: number
  rtl: boolean
}

interface Line {
  parts: Part[]
  y: number
  size: number
}

/** A paragraph's lines sit this much further apart than the page's usual line spacing. */
const PARAGRAPH_GAP_FACTOR = 1.3
/** Lines whose font sizes differ by more than this are a heading and its text, not one paragraph. */
const SIZE_CHANGE = 1.15
const BULLET = /^[•◦▪▫‣●○■□–·]\s/u
// C0/C1 controls other than tab and line feed: broken fonts map glyphs (often the space) to them.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/u

function fontSize(item: PdfTextItem): number {
  const [a = 0, b = 0] = item.transform
  return Math.hypot(a, b) || item.height || 1
}

function toLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = []
  let current: Line | undefined
  let breakBefore = true
  for (const item of items) {
    // pdf.js marks line ends with empty items; they carry no text.
    if (item.str === '') {
      breakBefore ||= item.hasEOL
      continue
    }
    const y = item.transform[5] ?? 0
    const size = fontSize(item)
    if (current && Math.abs(y - current.y) > Math.max(size, current.size) / 2) breakBefore = true
    if (!current || breakBefore) {
      current = { parts: [], y, size }
      lines.push(current)
    }
    current.parts.push({ str: item.str.replace(CONTROLS, ' '), x: item.transform[4] ?? 0, width: item.width, rtl: item.dir === 'rtl' })
    current.size = Math.max(current.size, size)
    breakBefore = item.hasEOL
  }
  return lines
}

/**
 * Right-to-left lines come in visual order (left to right on the page), each
 * item already in logical order: put the items right to left, but keep runs
 * of left-to-right items (numbers, Latin words) in their own order.
 */
function logicalOrder(parts: Part[]): Part[] {
  const weight = (rtl: boolean): number =>
    parts.filter((part) => part.rtl === rtl).reduce((sum, part) => sum + part.str.trim().length, 0)
  if (weight(true) <= weight(false)) return parts
  const ordered = [...parts].sort((a, b) => b.x - a.x)
  const result: Part[] = []
  let run: Part[] = []
  for (const part of ordered) {
    if (part.rtl) {
      result.push(...run.reverse(), part)
      run = []
    } else run.push(part)
  }
  return [...result, ...run.reverse()]
}

function lineText(line: Line): string {
  const parts = logicalOrder(line.parts)
  let text = ''
  let previous: Part | undefined
  for (const part of parts) {
    // pdf.js inserts most spaces itself; a visible gap without one is a word break too.
    const gap = previous && !previous.rtl ? part.x - (previous.x + previous.width) : 0
    if (gap > line.size * 0.2 && !/\s$/.test(text) && !/^\s/.test(part.str)) text += ' '
    text += part.str
    previous = part
  }
  return text.trim()
}

/** The lower median: on a page of few lines, one paragraph gap must not become the usual spacing. */
function lowerMedian(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

/** Joins a wrapped line to the next: soft hyphens vanish, hard hyphens stay, CJK takes no space. */
function joinWrapped(paragraph: string, next: string): string {
  if (paragraph.endsWith('\u00AD')) return paragraph.slice(0, -1) + next
  if (/\p{L}-$/u.test(paragraph)) return paragraph + next
  if (CJK.test(paragraph.slice(-1)) && CJK.test(next.charAt(0))) return paragraph + next
  return `${paragraph} ${next}`
}

/**
 * One page's text from pdf.js items: items become lines (pdf.js line ends
 * and baseline changes), lines become paragraphs (wrapped lines joined with
 * a space), paragraphs are separated by a blank line. A paragraph ends where
 * the gap to the next line is clearly wider than the page's usual spacing,
 * the font size changes, the text jumps up (a new column) or a bullet starts.
 */
export function pageText(items: readonly PdfTextItem[]): string {
  const lines = toLines(items).map((line) => ({ ...line, text: lineText(line) })).filter((line) => line.text !== '')
  const spacings = lines.slice(1).flatMap((line, i) => {
    const gap = lines[i]!.y - line.y
    return gap > 0 && line.size === lines[i]!.size ? [gap / line.size] : []
  })
  const usual = Math.max(1, lowerMedian(spacings) ?? 1.2)
  const paragraphs: string[] = []
  lines.forEach((line, i) => {
    const previous = lines[i - 1]
    const last = paragraphs.length - 1
    const size = previous ? Math.max(previous.size, line.size) : line.size
    const gap = previous ? previous.y - line.y : 0
    const continues =
      previous !== undefined &&
      gap > 0 &&
      gap / size <= usual * PARAGRAPH_GAP_FACTOR &&
      size / Math.min(previous.size, line.size) <= SIZE_CHANGE &&
      !BULLET.test(line.text)
    if (continues) paragraphs[last] = joinWrapped(paragraphs[last]!, line.text)
    else paragraphs.push(line.text)
  })
  return paragraphs.join('\n\n')
}
