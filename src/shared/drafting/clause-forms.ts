import { gerundPhrase, isStateBearer, lowerFirst, singularise, upperFirst, type OperativeWords } from './operative-words'

/*
 * The wording of each template family. Each form returns a lead (the
 * subject) and a body (modal verb onwards), so that several clippings under
 * one lead can share a chapeau and become an enumeration.
 */

export const clauseFamilies = ['prohibition', 'positive', 'cooperation', 'criminalisation', 'definition', 'reporting', 'dispute', 'institutional', 'capacity', 'confidence', 'savings', 'content'] as const
export type ClauseFamily = (typeof clauseFamilies)[number]

/** Proposals are drafted as binding text, so the voluntary modalities fold into these. */
export type DraftModality = 'shall' | 'shall not' | 'may'

/** One clipping read for drafting: its template family, modality, bearer and words. */
export interface ClauseDraft {
  family: ClauseFamily
  /** The type's name, for the reasons. */
  label: string
  words: OperativeWords
  modal: DraftModality
  /** "shall not be required to …": discretion, drafted as a waiver. */
  waiver: boolean
  /** null: the States Parties themselves. */
  bearer: string | null
  /** Reasons gathered while reading and wording this clipping. */
  notes: string[]
}

export interface Rendered {
  lead: string
  body: string
}

/** How each family's paragraph opens, for the reasons. */
export const SHAPES: Record<ClauseFamily, string> = {
  prohibition: 'Each State Party shall refrain from …',
  positive: 'Each State Party shall take appropriate measures to …',
  cooperation: 'States Parties shall cooperate with each other, to the widest extent possible, to …',
  criminalisation: 'Each State Party shall adopt such legislative and other measures … to establish as criminal offences …',
  definition: 'For the purposes of this Convention, "…" means …',
  reporting: 'Each State Party shall report to the Conference of the States Parties on …',
  dispute: 'Any dispute … shall be settled …',
  institutional: '<the body> shall …',
  capacity: 'States Parties shall, upon request, provide each other with technical assistance and capacity-building …',
  confidence: 'Each State Party shall, as a confidence-building measure, …',
  savings: 'Nothing in this Convention shall …',
  content: 'Each State Party shall take appropriate measures, consistent with … human rights law, to …',
}

const STATE = 'Each State Party'
const PARTIES = 'States Parties'
/** The placeholder for words the analyst must supply. */
export const GAP = '[…]'

/** The operative phrase with the State as its singular subject. */
function asState(op: string, notes: string[]): string {
  const singular = singularise(op)
  if (singular !== op) notes.push('“their”/“themselves” → “its”/“itself” for the singular “Each State Party”')
  return singular
}

// Treaties bind States: another bearer's duty is the State's duty to impose it.
function duty(a: ClauseDraft, op: string, stateForm: (op: string) => string, bearerOp = op): Rendered {
  if (a.bearer === null) return { lead: STATE, body: stateForm(op ? asState(op, a.notes) : GAP) }
  const verb = a.modal === 'may' ? 'may permit' : 'shall require'
  a.notes.push(`bearer “${a.bearer}” → “${STATE} ${verb} ${a.bearer} to …”`)
  return { lead: STATE, body: `${verb} ${a.bearer} to ${bearerOp || GAP}` }
}

// "take steps to …", "adopt … measures", "take action to …" already word the means: no second chapeau.
const MEASURES_START = /^(?:take|adopt)\b(?:\s+\S+){0,5}?\s+(?:measures|steps|action)\b/i
const measures = (op: string) => (MEASURES_START.test(op) ? op : `take appropriate measures to ${op}`)

function prohibition(a: ClauseDraft, op: string): Rendered {
  // A positive cue on a prohibition ("shall refrain from …") already words the restraint.
  if (a.modal !== 'shall not' && op) return duty(a, op, (o) => `${a.modal} ${o}`)
  const state = a.bearer === null && op ? asState(op, a.notes) : op
  const gerund = state ? gerundPhrase(state) : GAP
  if (!gerund) a.notes.push(`“${state.split(' ')[0]}” has no simple -ing form here; drafted as “shall not …”`)
  if (a.bearer === null) return { lead: STATE, body: gerund ? `shall refrain from ${gerund}` : `shall not ${state}` }
  a.notes.push(`bearer “${a.bearer}” → “${STATE} shall require ${a.bearer} to …”`)
  return { lead: STATE, body: gerund ? `shall require ${a.bearer} to refrain from ${gerund}` : `shall require ${a.bearer} not to ${op}` }
}

const CRIMINAL_CHAPEAU = 'adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law'
const CONDUCT = [/^criminali[sz]e\s+(.+)$/i, /^establish\s+as\s+(?:a\s+)?criminal\s+offen[cs]es?(?:\s+under\s+(?:its|their)\s+(?:domestic|national)\s+law)?,?\s+(.+)$/i, /^make\s+(.+?)\s+(?:a\s+)?criminal\s+offen[cs]es?$/i]

function criminalisation(a: ClauseDraft, op: string): Rendered {
  if (/^adopt\s+such\s+legislative/i.test(op)) return { lead: STATE, body: `${a.modal} ${asState(op, a.notes)}` }
  const conduct = CONDUCT.map((rx) => rx.exec(op)?.[1]).find((c) => c !== undefined)
  if (op && !conduct) a.notes.push(`the operative words name no conduct to criminalise; fill in “${GAP}”`)
  return { lead: STATE, body: `${a.modal} ${CRIMINAL_CHAPEAU} ${conduct ? asState(conduct, a.notes) : GAP}` }
}

const DEFINES = String.raw`(shall\s+mean|means|refers?\s+to|denotes|is\s+defined\s+as|(?:shall\s+)?includes?)`
const QUOTED_TERM = new RegExp(String.raw`["“‘]([^"”’]{1,80})["”’]\s+${DEFINES}\s+(.+)$`, 'i')
const PLAIN_TERM = new RegExp(String.raw`^(?:(?:for\s+the\s+purposes?\s+of|in|under)\s+[^,]{1,80},\s*)?(?:the\s+(?:term|expression)\s+)?(\S+(?:\s+\S+){0,5}?)\s+${DEFINES}\s+(.+)$`, 'i')

function definition(a: ClauseDraft): Rendered {
  const lead = 'For the purposes of this Convention,'
  const m = QUOTED_TERM.exec(a.words.sentence) ?? PLAIN_TERM.exec(a.words.sentence)
  if (!m || !m[1] || !m[2] || !m[3]) {
    a.notes.push(`no “<term> means …” found in the clipping; fill in the term and its meaning “${GAP}”`)
    return { lead, body: `"${GAP}" means ${GAP}` }
  }
  const verb = /include/i.test(m[2]) ? 'includes' : 'means'
  a.notes.push(`term and meaning taken from the clipping: “${m[1]}” ${verb} “${m[3]}”`)
  return { lead, body: `"${lowerFirst(m[1])}" ${verb} ${m[3]}` }
}

const REPORT_VERB = /^(?:report|submit|notify|inform|provide\s+(?:\S+\s+){0,3}?(?:information|reports?|data))\b/i
const CSP = 'the Conference of the States Parties'

function reporting(a: ClauseDraft, op: string): Rendered {
  const state = (o: string) =>
    o === GAP ? `${a.modal} report to ${CSP} on ${GAP}`
    : /^report\s+on\s/i.test(o) ? `${a.modal} report to ${CSP} ${o.slice(7)}`
    : REPORT_VERB.test(o) ? `${a.modal} ${o}`
    : `${a.modal} report to ${CSP} on the measures it has taken to ${o}`
  return duty(a, op, state, op && !REPORT_VERB.test(op) ? `report on the measures taken to ${op}` : op)
}

const ANY_DISPUTE = 'Any dispute between States Parties concerning the interpretation or application of this Convention'
const CBM_VERB = /^(?:designate|establish|maintain|notify|exchange|share|inform|provide|create|set\s+up|use)\b/i
const SAVE_VERB = /\b(?:shall|may|should|must)\s+(?:not\s+)?((?:be\s+(?:construed|interpreted|deemed|understood|read)|affect|prejudice|derogate|limit|impair|prevent|preclude|restrict)\b.*)$/i

/** Words one clipping in its family's template, noting each choice in a.notes. */
export function render(a: ClauseDraft): Rendered {
  const op = a.words.phrase
  const m = a.modal
  if (a.waiver && a.family !== 'savings' && a.family !== 'definition') {
    return { lead: a.bearer === null ? 'A State Party' : upperFirst(a.bearer), body: `shall not be required to ${!op ? GAP : a.bearer === null ? asState(op, a.notes) : op}` }
  }
  switch (a.family) {
    case 'definition':
      return definition(a)
    case 'prohibition':
      return prohibition(a, op)
    case 'positive':
      return duty(a, op, (o) => (m === 'may' ? `may ${o}` : `shall ${measures(o)}`))
    case 'content':
      return duty(a, op, (o) => `${m} ${MEASURES_START.test(o) ? o : `take appropriate measures, consistent with its obligations under international human rights law, to ${o}`}`)
    case 'confidence':
      if (!op && a.bearer === null) return { lead: STATE, body: `${m} designate a national point of contact for communication with other States Parties on ${GAP}` }
      return duty(a, op, (o) => (CBM_VERB.test(o) ? `${m} ${o}` : `${m}, as a confidence-building measure, ${o}`))
    case 'reporting':
      return reporting(a, op)
    case 'criminalisation':
      return criminalisation(a, op)
    case 'cooperation':
      if (/^co-?operate\b/i.test(op)) return { lead: PARTIES, body: `${m} ${op}` }
      return { lead: PARTIES, body: m === 'may' ? `may cooperate with each other to ${op || GAP}` : `shall cooperate with each other, to the widest extent possible, to ${op || GAP}` }
    case 'capacity':
      if (/^(?:provide|offer|extend|afford)\b/i.test(op)) return { lead: PARTIES, body: `${m} ${op}` }
      return { lead: PARTIES, body: `${m}, upon request, provide each other with technical assistance and capacity-building to ${op || GAP}` }
    case 'dispute':
      if (!op || /^be\s/i.test(op)) return { lead: ANY_DISPUTE, body: `${m} ${op || `be settled ${GAP}`}` }
      return { lead: PARTIES, body: `${m} ${op}` }
    case 'institutional': {
      if (!op) return { lead: 'A Conference of the States Parties to this Convention', body: `is hereby established to ${GAP}` }
      const subject = a.words.subject.split(',').at(-1)?.trim() ?? ''
      if (a.bearer !== null) return { lead: upperFirst(a.bearer), body: `${m} ${op}` }
      if (subject && !isStateBearer(subject)) return { lead: upperFirst(subject), body: `${m} ${op}` }
      return { lead: STATE, body: `${m} ${asState(op, a.notes)}` }
    }
    case 'savings': {
      const verb = SAVE_VERB.exec(a.words.sentence)?.[1]
      const object = /\bwithout\s+prejudice\s+to\s+(.+)$/i.exec(a.words.sentence)?.[1]
      const body = verb ? `shall ${verb}` : object ? `shall prejudice ${object}` : `shall be construed as ${GAP}`
      a.notes.push(verb || object ? `saving words taken from the clipping: “${verb ?? object}”` : `no saving words (“shall not affect …”, “without prejudice to …”) found; fill in “${GAP}”`)
      return { lead: 'Nothing in this Convention', body }
    }
  }
}

/** A rendered clause as a sentence of its own. */
export const sentenceOf = (r: Rendered) => `${r.lead} ${r.body}.`

// The chapeau of an enumeration ends where a list can follow.
const BREAK = new Set(['to', 'from', 'on', 'shall', 'may', 'not', 'as', 'law'])

/**
 * Joins clauses under one lead into "<lead> <shared words>: (a) …; and (b) …."
 * The shared words are cut back to a word a list can follow ("to", "shall"),
 * so that no item is left without its verb. Clauses with different leads
 * cannot share a chapeau and stay separate sentences.
 */
export function enumerate(parts: Rendered[]): string {
  const lead = parts[0]?.lead ?? ''
  if (parts.some((p) => p.lead !== lead)) return parts.map(sentenceOf).join(' ')
  const bodies = parts.map((p) => p.body.split(' '))
  const shortest = Math.min(...bodies.map((b) => b.length))
  let n = 0
  while (n < shortest - 1 && bodies.every((b) => b[n] === bodies[0]?.[n])) n++
  while (n > 0 && !BREAK.has(bodies[0]?.[n - 1] ?? '')) n--
  const chapeau = [lead.replace(/,$/, ''), ...(bodies[0] ?? []).slice(0, n)].join(' ')
  const items = bodies.map((b, i) => `(${String.fromCharCode(97 + i)}) ${b.slice(n).join(' ')}`)
  return `${chapeau}: ${items.slice(0, -1).join('; ')}; and ${items.at(-1)}.`
}
