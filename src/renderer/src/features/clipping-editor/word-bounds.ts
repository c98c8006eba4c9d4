/**
 * Moving a clipping's boundary by one word. A word is a run of non-space
 * characters, so punctuation travels with its word and a surrogate pair is
 * never split. Each function returns null when the move is impossible
 * (at the edge of the text, or when it would leave an empty clipping).
 */

const isSpace = (text: string, i: number) => /\s/.test(text[i] ?? '')

/** The start of the word before `start`. */
export function extendStart(text: string, start: number): number | null {
  let i = start
  while (i > 0 && isSpace(text, i - 1)) i--
  while (i > 0 && !isSpace(text, i - 1)) i--
  return i < start && text.slice(i, start).trim() !== '' ? i : null
}

/** The start of the second word of [start, end). */
export function shrinkStart(text: string, start: number, end: number): number | null {
  let i = start
  while (i < end && isSpace(text, i)) i++
  while (i < end && !isSpace(text, i)) i++
  while (i < end && isSpace(text, i)) i++
  return i > start && i < end ? i : null
}

/** The end of the word after `end`. */
export function extendEnd(text: string, end: number): number | null {
  let i = end
  while (i < text.length && isSpace(text, i)) i++
  while (i < text.length && !isSpace(text, i)) i++
  return i > end && text.slice(end, i).trim() !== '' ? i : null
}

/** The end of the word before the last word of [start, end). */
export function shrinkEnd(text: string, start: number, end: number): number | null {
  let i = end
  while (i > start && isSpace(text, i - 1)) i--
  while (i > start && !isSpace(text, i - 1)) i--
  while (i > start && isSpace(text, i - 1)) i--
  return i > start && i < end ? i : null
}
