import type { DomElement } from './html-to-text'
import { ImportError } from './types'

const VOID_OR_SELF_CLOSING = new Set(
  ('area base br col embed hr img input link meta param source track wbr keygen ' +
    // Their end tags are optional, so unclosed ones are normal and do not nest.
    'p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp rtc').split(' '),
)
const RAW_TEXT_END: Record<string, RegExp> = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  textarea: /<\/textarea\s*>/gi,
  title: /<\/title\s*>/gi,
}
const TAG_START = /^<(\/?)([A-Za-z][^\s/<>]*)/

/** Deeper than any real page; the DOM parser and Readability slow down sharply beyond it. */
export const MAX_NESTING = 1000

/**
 * Refuses markup nested absurdly deep, estimated from the raw HTML in one
 * linear pass before any parser sees it (parsers slow down sharply on such
 * input; hostile pages use it to stall readers).
 */
export function checkNesting(html: string, maxDepth = MAX_NESTING): void {
  let depth = 0
  // The first ">" at or after i, remembered so that runs of stray "<" cost nothing.
  let nextGt = -1
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4)
      if (end === -1) return
      i = end + 3
      continue
    }
    if (nextGt < i) nextGt = html.indexOf('>', i)
    if (nextGt === -1) return
    const m = TAG_START.exec(html.slice(i, Math.min(nextGt, i + 64)))
    if (!m) {
      i++
      continue
    }
    const selfClosing = html[nextGt - 1] === '/'
    i = nextGt + 1
    const name = (m[2] ?? '').toLowerCase()
    const closing = m[1] === '/'
    const rawEnd = RAW_TEXT_END[name]
    if (rawEnd && !closing && !selfClosing) {
      rawEnd.lastIndex = i
      if (!rawEnd.exec(html)) return
      i = rawEnd.lastIndex
      continue
    }
    if (VOID_OR_SELF_CLOSING.has(name) || selfClosing) continue
    depth = closing ? Math.max(0, depth - 1) : depth + 1
    if (depth > maxDepth) {
      throw new ImportError(
        `its elements are nested more than ${maxDepth} levels deep, which no real page needs; it may be built to stall readers`,
      )
    }
  }
}

/** How deep the element tree under root goes, measured without recursion. */
export function treeDepth(root: DomElement): number {
  let max = 0
  const stack: Array<[DomElement, number]> = [[root, 0]]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, depth] = entry
    if (depth > max) max = depth
    // linkedom builds `children` afresh on every access: read it once.
    const children = Array.from(element.children)
    for (const child of children) stack.push([child, depth + 1])
  }
  return max
}
