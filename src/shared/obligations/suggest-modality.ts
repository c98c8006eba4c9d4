import { modalityRules, modalityTrigger, type Confidence, type Modality, type ModalityRule } from './modality-cues'

export type { Confidence, Modality }

/** A proposed modality with the words it rests on, for the user to confirm. */
export interface ModalitySuggestion {
  modality: Modality
  /** The matched words exactly as they appear: text.slice(start, end). */
  cue: string
  start: number
  end: number
  explanation: string
  confidence: Confidence
}

type DeonticRule = Extract<ModalityRule, { confidence: Confidence }>

interface Cue {
  rule: DeonticRule
  start: number
  end: number
  subordinate: boolean
}

const rulesByLead = new Map<string, ModalityRule[]>()
for (const rule of modalityRules) {
  for (const lead of rule.leads) rulesByLead.set(lead, [...(rulesByLead.get(lead) ?? []), rule])
}

// A cue in a relative or adverbial clause ("as may be necessary", "which
// shall be", "whether the law should apply") does not state the sentence's
// own duty. Words that only ever subordinate count anywhere in the clause;
// those that double as determiners or prepositions ("that", "as") only
// within the five words before the cue.
const SUBORDINATING = /\b(?:whether|how|why|what|whatever|if|unless|because|although|though|whereas|while|lest)\b/i
const NEAR_SUBORDINATORS = new Set(['which', 'that', 'who', 'whom', 'whose', 'where', 'wherever', 'when', 'whenever', 'as', 'than'])

function isSubordinate(text: string, start: number, floor: number): boolean {
  const clause = text.slice(Math.max(floor, start - 120), start).split(/[,;:()—–]/).pop() ?? ''
  if (SUBORDINATING.test(clause)) return true
  const words = clause.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []
  return words.slice(-5).some((w) => NEAR_SUBORDINATORS.has(w))
}

function scan(text: string): Cue[] {
  const cues: Cue[] = []
  const trigger = new RegExp(modalityTrigger.source, modalityTrigger.flags)
  let floor = 0
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const at = m.index
    for (const rule of rulesByLead.get(m[0].toLowerCase().replace('’', "'")) ?? []) {
      rule.pattern.lastIndex = at
      const hit = rule.pattern.exec(text)
      if (!hit || (rule.when && !rule.when(text, at))) continue
      const end = at + hit[0].length
      if (rule.modality !== null) {
        // "what states should or should not do": a coordinated auxiliary
        // shares the clause of the one before it.
        const prev = cues.at(-1)
        const coordinated = prev !== undefined && /^\s*(?:and|or|nor)\s*$/i.test(text.slice(prev.end, at))
        const subordinate = coordinated ? prev.subordinate : isSubordinate(text, at, floor)
        cues.push({ rule, start: at, end, subordinate })
      }
      trigger.lastIndex = end
      floor = end
      break
    }
  }
  return cues
}

// Straight double quotes both open and close; `` and '' are the LaTeX-style
// pair that some converted treaty texts (e.g. Markdown from HTML) carry.
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let open = -1
  for (const m of text.matchAll(/[“”"«»„]|``|''/g)) {
    const q = m[0]
    if (open < 0) {
      if (q === '“' || q === '"' || q === '«' || q === '„' || q === '``') open = m.index
    } else if (q === '”' || q === '"' || q === '»' || q === "''" || q === '“') {
      spans.push([open, m.index])
      open = -1
    }
  }
  return spans
}

const lower: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low' }

/**
 * Proposes the modality of a clipping from its deontic cue, or null when it
 * has none. The cue chosen is the first one in a main clause outside any
 * quotation: treaty sentences put the governing verb first ("Each Party shall
 * adopt … as may be necessary"), and a hedged verb later in the same sentence
 * usually belongs to a dependent clause. No cue outranks another by strength:
 * "shall endeavour" and "shall be entitled to" are read as whole phrases
 * instead. Traps ("shall not be required to", "nothing in … shall", "shall not
 * be construed") come out as 'may' with the reason, because they leave the
 * parties free; calling them prohibitions is the costlier mistake, and a null
 * would hide savings clauses from "find obligation candidates".
 */
export function suggestModality(text: string): ModalitySuggestion | null {
  const cues = scan(text)
  if (cues.length === 0) return null
  const spans = quotedSpans(text)
  const quoted = (c: Cue) => spans.some(([a, b]) => c.start > a && c.start < b)
  const chosen = cues.find((c) => !c.subordinate && !quoted(c)) ?? cues.find((c) => !quoted(c)) ?? cues[0]
  if (!chosen) return null
  const cue = text.slice(chosen.start, chosen.end)
  const where = quoted(chosen) ? ' (inside a quotation)' : chosen.subordinate ? ' (in a dependent clause)' : ''
  return {
    modality: chosen.rule.modality,
    cue,
    start: chosen.start,
    end: chosen.end,
    explanation: `cue: '${cue.replace(/\s+/g, ' ')}' — ${chosen.rule.why}${where}`,
    confidence: where ? lower[chosen.rule.confidence] : chosen.rule.confidence,
  }
}
