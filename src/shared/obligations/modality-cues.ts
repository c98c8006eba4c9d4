import type { modalities } from '../model'

/** One of the closed modality values of an obligation (see model.ts). */
export type Modality = (typeof modalities)[number]

export type Confidence = 'high' | 'medium' | 'low'

/**
 * A deontic cue: `pattern` is sticky and tried where one of its `leads`
 * (trigger words) starts. A rule with `modality: null` matches phrases that
 * look deontic but are not (discourse markers, inverted conditionals, the
 * month of May), so that the scanner consumes them instead of reading a cue
 * into them.
 */
export type ModalityRule = {
  leads: readonly string[]
  pattern: RegExp
  why: string
  /** Extra condition on the surrounding text, for what a regex cannot see. */
  when?: (text: string, start: number) => boolean
} & ({ modality: Modality; confidence: Confidence } | { modality: null })

// Negators that turn an auxiliary into a prohibition. "not only" is excluded
// because "shall not only X but also Y" imposes two duties.
const NEG = String.raw`(?:also\s+)?(?:not(?!\s+only\b)|never|in\s+no\s+(?:case|event|circumstances?)|under\s+no\s+circumstances?|on\s+no\s+account|at\s+no\s+time)\b`
// A determiner or pronoun right after the auxiliary means inversion:
// "Should a Party decide…" (conditional), "Shall we…?" (question).
const INVERSION = String.raw`\s+(?:a|an|the|this|these|those|it|there|we|they|you|i|he|she)\b`
const NOT_TO_BE = String.raw`\s+not\s+be\s+(?:required|obliged|obligated|bound|compelled)\s+to\b`
const SAVINGS_VERBS = String.raw`\s+not\s+(?:be\s+(?:construed|interpreted|deemed|understood|read)|affect|prejudice|derogate|prevent|preclude|impair|limit)\b`
const WORDS = (max: number) => String.raw`(?:[^\s.,;:!?()]+\s+){0,${max}}?`

const rx = (source: string) => new RegExp(source, 'iy')

// "No State shall…" and "Nothing in this Convention shall…" only negate when
// they open a clause; "there is no reason why States should" does not.
function opensClause(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--
  if (i < 0) return true
  if (/[.;:,()—–"“'‘]/.test(text[i] ?? '')) return true
  return /\b(?:and|or|but|that|whereby)$/i.test(text.slice(Math.max(0, i - 8), i + 1))
}

function isMonth(text: string, start: number): boolean {
  if (text[start] !== 'M') return false
  const before = text.slice(Math.max(0, start - 10), start)
  return /^\s+\d/.test(text.slice(start + 3, start + 6)) || /(?:\d|\b(?:in|of|since|until|from|during|early|late|mid-?))\s+$/i.test(before)
}

const BIND = 'a binding obligation'
const DISCRETION = 'grants discretion rather than prohibiting'
const SAVINGS = 'savings language: preserves discretion or existing law rather than prohibiting'

/** Tried in order at each trigger; the first rule that matches wins there. */
export const modalityRules: readonly ModalityRule[] = [
  { leads: ['may'], pattern: rx('may'), modality: null, why: 'the month of May', when: isMonth },
  { leads: ['shall', 'should', 'must', 'may'], pattern: rx(`(?:shall|should|must|may)${INVERSION}`), modality: null, why: 'an inverted conditional or question' },
  { leads: ['it'], pattern: rx(String.raw`it\s+(?:must|should|may|might|can)\s+(?:also\s+)?be\s+(?:noted|said|argued|stressed|emphasi[sz]ed|recalled|remembered|observed|added|pointed\s+out|underlined|acknowledged|admitted)\b`), modality: null, why: 'a discourse marker' },
  { leads: ['it'], pattern: rx(String.raw`it\s+is\s+(?:therefore\s+|strongly\s+)?recommended\s+that`), modality: 'should', confidence: 'medium', why: 'a recommendation, not binding' },

  { leads: ['nothing'], pattern: rx(String.raw`nothing\s+(?:in|contained\s+in)\s+[^.;:!?]{0,100}?\b(?:shall|may|should|must)\b`), modality: 'may', confidence: 'high', why: SAVINGS, when: opensClause },
  { leads: ['no'], pattern: rx(String.raw`no\s+(?!(?:later|earlier|longer|more|less|fewer|sooner|doubt|matter)\b)${WORDS(5)}(?:shall|may|must)\b`), modality: 'shall not', confidence: 'high', why: 'a negative subject makes this a prohibition', when: opensClause },
  { leads: ['no'], pattern: rx(String.raw`no\s+(?!(?:later|earlier|longer|more|less|fewer|sooner|doubt|matter)\b)${WORDS(5)}should\b`), modality: 'should not', confidence: 'high', why: 'a negative subject makes this a recommended restraint', when: opensClause },
  { leads: ['neither'], pattern: rx(String.raw`neither\s+${WORDS(4)}(?:shall|may|must)\b`), modality: 'shall not', confidence: 'high', why: 'a negative subject makes this a prohibition', when: opensClause },
  { leads: ['nor'], pattern: rx(String.raw`nor\s+(?:shall|may|must)\b`), modality: 'shall not', confidence: 'medium', why: "'nor' carries the negation: a prohibition" },

  { leads: ['shall'], pattern: rx(`shall${NOT_TO_BE}`), modality: 'may', confidence: 'high', why: DISCRETION },
  { leads: ['shall'], pattern: rx(`shall${SAVINGS_VERBS}`), modality: 'may', confidence: 'medium', why: SAVINGS },
  { leads: ['shall'], pattern: rx(String.raw`shall\s+not\s+apply\b`), modality: 'may', confidence: 'medium', why: 'a scope limitation, not a prohibition' },
  { leads: ['shall'], pattern: rx(String.raw`shall\s+be\s+without\s+prejudice\b`), modality: 'may', confidence: 'medium', why: SAVINGS },
  { leads: ['shall'], pattern: rx(String.raw`shall\s+(?:have\s+the\s+right|be\s+(?:entitled|free|permitted|authori[sz]ed))\s+to\b`), modality: 'may', confidence: 'medium', why: 'confers a right, which the holder may exercise' },
  { leads: ['shall'], pattern: rx(`shall\\s+${NEG}`), modality: 'shall not', confidence: 'high', why: 'a binding prohibition' },
  { leads: ['shall'], pattern: rx(String.raw`shall\s+(?:endeavou?r|strive|seek)\s+to\b`), modality: 'shall', confidence: 'medium', why: 'binding, but only to try (an obligation of conduct)' },
  { leads: ['shall'], pattern: rx(String.raw`shall\b`), modality: 'shall', confidence: 'high', why: BIND },

  { leads: ['should'], pattern: rx(`should\\s+${NEG}`), modality: 'should not', confidence: 'high', why: 'a recommended restraint, not binding' },
  { leads: ["shouldn't"], pattern: rx("shouldn['’]t"), modality: 'should not', confidence: 'high', why: 'a recommended restraint, not binding' },
  { leads: ['should'], pattern: rx(String.raw`should\b`), modality: 'should', confidence: 'high', why: 'a recommendation, not binding' },

  // The enum has no 'must not'; mapping it to 'must' would drop the negation,
  // so it becomes the binding prohibition the enum does have.
  { leads: ['must'], pattern: rx(`must\\s+${NEG}`), modality: 'shall not', confidence: 'high', why: "'must not' forbids: recorded as the binding prohibition 'shall not'" },
  { leads: ["mustn't"], pattern: rx("mustn['’]t"), modality: 'shall not', confidence: 'high', why: "'must not' forbids: recorded as the binding prohibition 'shall not'" },
  { leads: ['must'], pattern: rx(String.raw`must\b`), modality: 'must', confidence: 'high', why: BIND },

  { leads: ['may'], pattern: rx(String.raw`may\s+not\s+(?:necessarily|always|be\s+able|have)\b`), modality: null, why: "'may not' as possibility" },
  { leads: ['may'], pattern: rx(`may\\s+${NEG}`), modality: 'shall not', confidence: 'medium', why: "in legal English 'may not' forbids (in prose it can mean 'might not')" },
  { leads: ['may'], pattern: rx(String.raw`may\s+(?:be|have|well)\b`), modality: 'may', confidence: 'low', why: "a permission, or only a possibility" },
  { leads: ['may'], pattern: rx(String.raw`may\b`), modality: 'may', confidence: 'medium', why: 'a permission or discretion' },
  { leads: ['ought'], pattern: rx(String.raw`ought\s+not\s+to\b`), modality: 'should not', confidence: 'high', why: 'a recommended restraint, not binding' },
  { leads: ['ought'], pattern: rx(String.raw`ought\s+to\b`), modality: 'should', confidence: 'high', why: 'a recommendation, not binding' },
  { leads: ['need'], pattern: rx(String.raw`need\s+not\b`), modality: 'may', confidence: 'medium', why: 'removes a duty: ' + DISCRETION },

  { leads: ['is', 'are'], pattern: rx(String.raw`(?:is|are)\s+not\s+(?:required|obliged|obligated|bound)\s+to\b`), modality: 'may', confidence: 'high', why: DISCRETION },
  { leads: ['is', 'are'], pattern: rx(String.raw`(?:is|are)\s+(?:hereby\s+)?(?:required|obliged|obligated|bound)\s+not\s+to\b`), modality: 'shall not', confidence: 'high', why: 'a binding prohibition' },
  { leads: ['is', 'are'], pattern: rx(String.raw`(?:is|are)\s+(?:hereby\s+)?(?:required|obliged|obligated|bound|under\s+an\s+obligation)\s+to\b`), modality: 'shall', confidence: 'high', why: 'a binding requirement' },
  { leads: ['is', 'are'], pattern: rx(String.raw`(?:is|are)\s+(?:also\s+|strongly\s+|further\s+)?(?:encouraged|invited|urged|called\s+upon)\s+not\s+to\b`), modality: 'should not', confidence: 'high', why: 'a recommended restraint, not binding' },
  { leads: ['is', 'are'], pattern: rx(String.raw`(?:is|are)\s+(?:also\s+|strongly\s+|further\s+)?(?:encouraged|invited|urged|called\s+upon)\s+to\b`), modality: 'should', confidence: 'high', why: 'encouragement is hortatory, not binding' },
  { leads: ['is', 'are'], pattern: rx(String.raw`(?:is|are)\s+(?:entitled|permitted|authori[sz]ed|free)\s+to\b`), modality: 'may', confidence: 'high', why: 'confers a right or permission' },
  { leads: ['has', 'have'], pattern: rx(String.raw`(?:has|have)\s+the\s+right\s+to\b`), modality: 'may', confidence: 'medium', why: 'confers a right or permission' },
  { leads: ['undertake', 'undertakes'], pattern: rx(String.raw`undertakes?\s+not\s+to\b`), modality: 'shall not', confidence: 'high', why: 'an undertaking not to act is a binding prohibition' },
  { leads: ['undertake', 'undertakes'], pattern: rx(String.raw`undertakes?\s+to\b`), modality: 'shall', confidence: 'high', why: 'an undertaking is a binding commitment' },
  { leads: ['agree', 'agrees', 'agreed'], pattern: rx(String.raw`agree[sd]?\s+not\s+to\b`), modality: 'shall not', confidence: 'medium', why: 'an agreement not to act binds the parties' },
  { leads: ['agree', 'agrees', 'agreed'], pattern: rx(String.raw`agree[sd]?\s+to\b`), modality: 'shall', confidence: 'medium', why: 'an agreement to act binds the parties' },
  { leads: ['commit', 'commits'], pattern: rx(String.raw`commits?\s+(?:themselves\s+|itself\s+)?not\s+to\b`), modality: 'shall not', confidence: 'medium', why: 'a commitment not to act' },
  { leads: ['commit', 'commits'], pattern: rx(String.raw`commits?\s+(?:themselves\s+|itself\s+)?to\b`), modality: 'shall', confidence: 'medium', why: 'a commitment to act' },
  { leads: ['endeavour', 'endeavours', 'endeavor', 'endeavors', 'strive', 'strives'], pattern: rx(String.raw`(?:endeavou?rs?|strives?)\s+to\b`), modality: 'should', confidence: 'medium', why: 'a best-efforts commitment, hortatory' },

  // French, since part of the corpus is French; other languages are not covered.
  { leads: ['aucune', 'aucun'], pattern: rx(String.raw`aucune\s+disposition\b[^.;:!?]{0,100}?\bne\b`), modality: 'may', confidence: 'high', why: SAVINGS },
  { leads: ['aucune', 'aucun'], pattern: rx(String.raw`aucune?\s+${WORDS(4)}ne\s+(?:doit|doivent|peut|peuvent)\b`), modality: 'shall not', confidence: 'high', why: 'a negative subject makes this a prohibition' },
  { leads: ['ne', "n'est"], pattern: rx(String.raw`(?:ne\s+(?:sont|est)|n['’]est)\s+pas\s+tenue?s?\s+de\b`), modality: 'may', confidence: 'high', why: DISCRETION },
  { leads: ['ne'], pattern: rx(String.raw`ne\s+(?:doit|doivent)(?:\s+(?:pas|jamais))?\b`), modality: 'shall not', confidence: 'high', why: 'a binding prohibition' },
  { leads: ['ne'], pattern: rx(String.raw`ne\s+(?:devrait|devraient)(?:\s+(?:pas|jamais))?\b`), modality: 'should not', confidence: 'high', why: 'a recommended restraint, not binding' },
  { leads: ['ne'], pattern: rx(String.raw`ne\s+(?:peut|peuvent)(?:\s+(?:pas|jamais))?\b`), modality: 'shall not', confidence: 'medium', why: "'ne peut' forbids in legal French" },
  { leads: ['doit', 'doivent'], pattern: rx(String.raw`doi(?:t|vent)\b`), modality: 'shall', confidence: 'high', why: "binding, rendered 'shall' in English versions" },
  { leads: ['devrait', 'devraient'], pattern: rx(String.raw`devrai(?:t|ent)\b`), modality: 'should', confidence: 'high', why: 'a recommendation, not binding' },
  { leads: ['peut', 'peuvent'], pattern: rx(String.raw`peu(?:t|vent)\b(?![-‑]être)`), modality: 'may', confidence: 'medium', why: 'a permission or discretion' },
  { leads: ["s'engage", "s'engagent"], pattern: rx(String.raw`s['’]engag(?:e|ent)\s+à\s+ne\s+pas\b`), modality: 'shall not', confidence: 'high', why: 'an undertaking not to act is a binding prohibition' },
  { leads: ["s'engage", "s'engagent"], pattern: rx(String.raw`s['’]engag(?:e|ent)\s+à`), modality: 'shall', confidence: 'high', why: 'an undertaking is a binding commitment' },
  { leads: ['est', 'sont'], pattern: rx(String.raw`(?:est|sont)\s+tenue?s?\s+de\b`), modality: 'shall', confidence: 'high', why: 'a binding requirement' },
]

/** Finds the words that can open a rule; keys are matched lowercased, with ’ as '. */
export const modalityTrigger =
  /\b(?:shall|should|shouldn['’]t|must|mustn['’]t|may|ought|need|is|are|has|have|it|no|neither|nor|nothing|undertakes?|agree[sd]?|commits?|endeavou?rs?|strives?|aucune?|ne|n['’]est|doit|doivent|devrai(?:t|ent)|peu(?:t|vent)|s['’]engag(?:e|ent)|est|sont)\b/gi
