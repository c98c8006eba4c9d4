import type { SentenceSpan } from '../../../../shared/obligations/split-sentences'
import type { Span } from '../../lib/text-find'

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c)

/** Where the word after `at` ends (white space then a run of non-space). */
export function nextWordEnd(text: string, at: number): number {
  let i = at
  while (i < text.length && isSpace(text[i])) i++
  while (i < text.length && !isSpace(text[i])) i++
  return i
}

/** Where the word before `at` starts. */
export function previousWordStart(text: string, at: number): number {
  let i = at
  while (i > 0 && isSpace(text[i - 1])) i--
  while (i > 0 && !isSpace(text[i - 1])) i--
  return i
}

/** Where the word that ends at or before `at` ends, after dropping the word at `at`'s end. */
function previousWordEnd(text: string, at: number): number {
  let i = at
  while (i > 0 && !isSpace(text[i - 1])) i--
  while (i > 0 && isSpace(text[i - 1])) i--
  return i
}

/** Where the next word after the one at `at` starts. */
function nextWordStart(text: string, at: number): number {
  let i = at
  while (i < text.length && !isSpace(text[i])) i++
  while (i < text.length && isSpace(text[i])) i++
  return i
}

export type WordMove = 'end+' | 'end-' | 'start-' | 'start+'

/**
 * Grows or shrinks a selection by one word at either end; a move that would
 * leave nothing selected is refused (the span comes back unchanged).
 */
export function moveByWord(text: string, [start, end]: Span, move: WordMove): Span {
  const next: Span =
    move === 'end+'
      ? [start, nextWordEnd(text, end)]
      : move === 'end-'
        ? [start, previousWordEnd(text, end)]
        : move === 'start-'
          ? [previousWordStart(text, start), end]
          : [nextWordStart(text, start), end]
  return next[1] > next[0] ? next : [start, end]
}

/** The sentence after the selection (or the first one that starts after it begins). */
export function nextSentence(sentences: readonly SentenceSpan[], [start, end]: Span): SentenceSpan | undefined {
  return sentences.find((s) => s.start >= end) ?? sentences.find((s) => s.start > start)
}

/** The sentence before the selection. */
export function previousSentence(sentences: readonly SentenceSpan[], [start]: Span): SentenceSpan | undefined {
  for (let i = sentences.length - 1; i >= 0; i--) {
    const s = sentences[i] as SentenceSpan
    if (s.start < start) return s
  }
  return undefined
}

/** The first sentence that starts at or after `offset`, else the one holding it. */
export function sentenceFrom(sentences: readonly SentenceSpan[], offset: number): SentenceSpan | undefined {
  return sentences.find((s) => s.start >= offset) ?? sentences.findLast((s) => s.start <= offset)
}

/** "Each State Party shall protect its…": the first words, for announcing a selection. */
export function firstWords(text: string, words = 8): string {
  const all = text.trim().split(/\s+/)
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ')
}
