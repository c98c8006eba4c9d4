import { suggestModality, type Confidence, type ModalitySuggestion } from './suggest-modality'
import { typeCues, typePriority, type TypeTagId } from './type-cues'

/** A proposed obligation type (a starter-codebook tag id) with its cue. */
export interface TypeSuggestion {
  typeTagId: TypeTagId
  /** The matched words exactly as they appear: text.slice(start, end). */
  cue: string
  start: number
  end: number
  explanation: string
  confidence: Confidence
}

// Names as in the starter codebook, used only to word the explanation.
const typeNames: Record<TypeTagId, string> = {
  tag_savingsclause: 'a savings clause',
  tag_definition: 'a definition',
  tag_criminalisation: 'criminalisation',
  tag_disputesettlement: 'dispute settlement',
  tag_confidencebuilding: 'a confidence-building measure',
  tag_capacitybuilding: 'capacity building',
  tag_cooperationassistance: 'cooperation and assistance',
  tag_reportingmonitoring: 'reporting and monitoring',
  tag_institutional: 'an institutional provision',
  tag_contentcontrol: 'content control',
  tag_prohibition: 'a prohibition',
  tag_positiveobligation: 'a positive obligation',
}

interface Hit {
  weight: number
  start: number
  end: number
}

interface Tally {
  best: Hit
  count: number
}

// Only A–Z are lowered, so every offset stays valid ('İ'.toLowerCase() is
// two code units long).
const lowerAscii = (text: string) => text.replace(/[A-Z]+/g, (m) => m.toLowerCase())

function tallyCues(text: string, modality: ModalitySuggestion | null): Map<TypeTagId, Tally> {
  const tallies = new Map<TypeTagId, Tally>()
  const add = (typeTagId: TypeTagId, hit: Hit) => {
    const t = tallies.get(typeTagId)
    if (!t) tallies.set(typeTagId, { best: hit, count: 1 })
    else {
      t.count++
      if (hit.weight > t.best.weight || (hit.weight === t.best.weight && hit.start < t.best.start)) t.best = hit
    }
  }
  const lower = lowerAscii(text)
  for (const c of typeCues) {
    const m = c.pattern.exec(lower)
    if (m) add(c.typeTagId, { weight: c.weight, start: m.index, end: m.index + m[0].length })
  }
  // A negated duty is a prohibition whatever its verb; suggestModality has
  // already turned the discretion traps into 'may', so they do not count.
  if (modality?.modality === 'shall not' || modality?.modality === 'should not') {
    add('tag_prohibition', { weight: 2, start: modality.start, end: modality.end })
  }
  // A duty with no more specific cue is most likely a duty to act.
  if (tallies.size === 0 && (modality?.modality === 'shall' || modality?.modality === 'must' || modality?.modality === 'should')) {
    add('tag_positiveobligation', { weight: 1, start: modality.start, end: modality.end })
  }
  return tallies
}

// Further cues of the same type add a little, so that two weak hints beat one.
const score = (t: Tally) => t.best.weight + 0.25 * Math.min(2, t.count - 1)

/**
 * Proposes the likely obligation type of a clipping from cue words, or null
 * when nothing points at a type. Each type scores its strongest cue plus a
 * little for further cues; ties go to the type listed first in typePriority.
 * Confidence is high only when a strong cue leads the runner-up clearly.
 * Pass `modality` when it is already known for this text, to save a scan.
 */
export function suggestType(text: string, modality: ModalitySuggestion | null = suggestModality(text)): TypeSuggestion | null {
  const tallies = tallyCues(text, modality)
  const ranked = typePriority
    .filter((id) => tallies.has(id))
    .map((id) => ({ id, tally: tallies.get(id) as Tally }))
    .sort((a, b) => score(b.tally) - score(a.tally))
  const [first, second] = ranked
  if (!first) return null
  const { best } = first.tally
  const margin = score(first.tally) - (second ? score(second.tally) : 0)
  const confidence: Confidence = best.weight >= 3 && margin >= 1 ? 'high' : best.weight >= 2 ? 'medium' : 'low'
  const cue = text.slice(best.start, best.end)
  return {
    typeTagId: first.id,
    cue,
    start: best.start,
    end: best.end,
    explanation: `cue: '${cue.replace(/\s+/g, ' ')}' — points to ${typeNames[first.id]}`,
    confidence,
  }
}
