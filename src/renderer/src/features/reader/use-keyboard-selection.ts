import { useRef, useState, type KeyboardEvent } from 'react'
import { splitSentences, type SentenceSpan } from '../../../../shared/obligations/split-sentences'
import type { Span } from '../../lib/text-find'
import { trimSpan } from './dom-offsets'
import { moveByWord, nextSentence, nextWordEnd, previousSentence, sentenceFrom, type WordMove } from './text-moves'

type Movement = 'first' | 'next' | 'previous' | WordMove
export type KeyCommand = Movement | 'clip' | 'clear' | 'next-clipping' | 'previous-clipping'

/**
 * The reader's keys, when the text itself has focus. Plain arrows left and
 * right only start a selection, so that once one exists they keep their
 * usual meaning.
 */
export function keyCommand(e: KeyboardEvent, hasSelection: boolean): KeyCommand | null {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) return key === 'Enter' ? 'clip' : null
  if (e.ctrlKey || e.metaKey) return null
  if (e.shiftKey && e.altKey) return key === 'ArrowLeft' ? 'start-' : key === 'ArrowRight' ? 'start+' : null
  if (e.altKey) return null
  if (e.shiftKey) return key === 'ArrowRight' ? 'end+' : key === 'ArrowLeft' ? 'end-' : null
  const plain: Record<string, KeyCommand> = {
    c: 'clip',
    s: 'first',
    ArrowDown: 'next',
    j: 'next',
    ArrowUp: 'previous',
    k: 'previous',
    n: 'next-clipping',
    p: 'previous-clipping',
    Escape: 'clear',
  }
  if (!hasSelection && (key === 'ArrowLeft' || key === 'ArrowRight')) return 'first'
  return plain[key] ?? null
}

/** A selection made from the keyboard; `edge` is the end that moved last, to keep it in view. */
export interface KeyboardSelection {
  span: Span
  seq: number
  edge: 'start' | 'end'
}

/** Selecting by sentence and by word without a mouse; sentences are split once, on first use. */
export function useKeyboardSelection(text: string) {
  const [selection, setSelection] = useState<KeyboardSelection | null>(null)
  const sentencesRef = useRef<SentenceSpan[] | null>(null)
  const seq = useRef(0)
  const sentences = () => (sentencesRef.current ??= splitSentences(text))

  /** The sentence starting at the top of the view; a text without sentences gives its first word there. */
  function firstFrom(offset: number): Span | null {
    const s = sentenceFrom(sentences(), offset)
    return s ? [s.start, s.end] : trimSpan(text, offset, nextWordEnd(text, offset))
  }

  /**
   * Applies a movement. With nothing selected from the keyboard it starts
   * from the mouse selection, if any, else from the first sentence in view.
   */
  function move(movement: Movement, mouseSpan: Span | null, visibleOffset: () => number): Span | null {
    const current = selection?.span ?? mouseSpan
    let next: Span | null | undefined
    let edge: KeyboardSelection['edge'] = 'start'
    if (movement === 'first' || !current) {
      next = firstFrom(visibleOffset())
    } else if (movement === 'next' || movement === 'previous') {
      const s = movement === 'next' ? nextSentence(sentences(), current) : previousSentence(sentences(), current)
      next = s ? [s.start, s.end] : current
    } else {
      next = moveByWord(text, current, movement)
      edge = movement.startsWith('end') ? 'end' : 'start'
    }
    if (next) setSelection({ span: next, seq: ++seq.current, edge })
    return next ?? null
  }

  return { selection, move, clear: () => setSelection(null) }
}
