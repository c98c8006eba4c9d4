import { splitSentences } from './split-sentences'
import { suggestModality, type ModalitySuggestion } from './suggest-modality'
import { suggestType, type TypeSuggestion } from './suggest-type'

/**
 * A sentence that may state an obligation, proposed as a clipping. All
 * offsets, the cues' included, are UTF-16 indices into the searched text.
 */
export interface Candidate {
  start: number
  end: number
  /** Exactly text.slice(start, end). */
  sentence: string
  modality: ModalitySuggestion
  type: TypeSuggestion | null
}

const QUESTION_END = /\?["”’'»)\]]*$/

function shift<T extends { start: number; end: number }>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by }
}

/**
 * Lists the sentences of a source that carry a deontic cue, in text order,
 * each with its modality and type suggestions, for "Find obligation
 * candidates". Questions are skipped: they ask about duties rather than state
 * them. A list item is a candidate only if it has a cue of its own; otherwise
 * its chapeau ("Each Party shall …:") stands for the list. `max` caps the
 * result (default: no cap).
 */
export function findCandidates(text: string, options: { max?: number } = {}): Candidate[] {
  const max = options.max ?? Infinity
  const candidates: Candidate[] = []
  for (const { start, end } of splitSentences(text)) {
    if (candidates.length >= max) break
    const sentence = text.slice(start, end)
    if (QUESTION_END.test(sentence)) continue
    const modality = suggestModality(sentence)
    if (!modality) continue
    const type = suggestType(sentence, modality)
    candidates.push({ start, end, sentence, modality: shift(modality, start), type: type && shift(type, start) })
  }
  return candidates
}
