import type { Modality, Obligation } from '../model'
import { suggestType } from '../obligations/suggest-type'
import { GAP, SHAPES, enumerate, render, sentenceOf, type ClauseDraft, type ClauseFamily, type DraftModality } from './clause-forms'
import { findOperativeWords, isStateBearer, lowerFirst, squash, type OperativeWords } from './operative-words'

export { clauseFamilies, type ClauseFamily, type DraftModality } from './clause-forms'

export interface ProposalInput {
  /** The clipping's exact text. */
  quote: string
  /** Type and instrument are tag ids. */
  obligation?: Obligation
}

export interface ProposalContext {
  tagName: (id: string) => string | undefined
}

export interface ClauseProposal {
  /** The proposed paragraph: one line, ending with "." (operative) or "," (preambular). */
  text: string
  /** Short explanations for the analyst of every choice made. */
  reasons: string[]
  /** Operative proposals only: the template used and the modality drafted. */
  family?: ClauseFamily
  modality?: DraftModality
}

// Matched against the type tag's name, so renamed and user-added types still
// find a template. Order matters: "Capacity building and technical assistance"
// must not read as assistance, nor "Savings" be taken for anything else.
const FAMILY_KEYWORDS: ReadonlyArray<[ClauseFamily, RegExp]> = [
  ['savings', /savings|prejudice/i],
  ['definition', /defin/i],
  ['dispute', /dispute/i],
  ['confidence', /confidence|(?:^|[^a-z])cbms?(?:$|[^a-z])|points?[\s_-]*of[\s_-]*contact/i],
  ['capacity', /capacity/i],
  ['content', /content|information[\s_-]*control/i],
  ['cooperation', /co-?operat|assist/i],
  ['criminalisation', /crimin/i],
  ['reporting', /report|monitor/i],
  ['institutional', /institution|secretariat|meeting/i],
  ['prohibition', /prohibit|refrain/i],
  ['positive', /positive|protect/i],
]

const MODAL: Record<Modality, DraftModality> = { shall: 'shall', must: 'shall', should: 'shall', 'shall not': 'shall not', 'should not': 'shall not', may: 'may' }

// A negated duty under these types would invert if dropped into their
// template ("take measures to conduct …"), so it is drafted as a prohibition.
const ROUTED = new Set<ClauseFamily>(['positive', 'cooperation', 'criminalisation', 'reporting', 'capacity', 'confidence', 'content'])
// Templates with no place for a bearer.
const BEARERLESS = new Set<ClauseFamily>(['cooperation', 'capacity', 'criminalisation', 'definition', 'savings', 'dispute'])
const negative = (m: Modality) => MODAL[m] === 'shall not'
const WAIVER = /\bnot\s+(?:be\s+)?(?:required|obliged|obligated|bound|compelled)\s+to$|\bneed\s+not$/i

function familyOf(name: string): ClauseFamily | undefined {
  return FAMILY_KEYWORDS.find(([, rx]) => rx.test(name))?.[0]
}

function typeOf(typeId: string | null, words: OperativeWords, ctx: ProposalContext, notes: string[]): { family: ClauseFamily; label: string } {
  if (typeId) {
    const label = ctx.tagName(typeId) ?? typeId
    const family = familyOf(label)
    if (family) return { family, label }
    notes.push(`type “${label}” matches no template; drafted as a positive obligation`)
    return { family: 'positive', label }
  }
  const suggested = suggestType(words.text, words.cue)
  if (suggested) {
    const label = ctx.tagName(suggested.typeTagId) ?? suggested.typeTagId
    notes.push(`no type recorded; “${label}” suggested by the cue ‘${suggested.cue}’`)
    return { family: familyOf(label) ?? 'positive', label }
  }
  notes.push('no type recorded; drafted as a positive obligation')
  return { family: 'positive', label: 'Positive obligation' }
}

function modalityNote(source: Modality | null): string | undefined {
  if (source === 'should') return 'modality “should” drafted as “shall” (binding); change it for a voluntary norm'
  if (source === 'should not') return 'modality “should not” drafted as binding (“shall not” / “shall refrain from”); change it for a voluntary norm'
  if (source === 'must') return 'modality “must” drafted as “shall”, the treaty verb'
  if (source === null) return 'no modality recorded or found; drafted as “shall” (binding)'
  return undefined
}

// Definitions and savings clauses have fixed wording with no modal of the
// clipping's in it, so modality notes would only mislead there.
const MODAL_FREE = new Set<ClauseFamily>(['definition', 'savings'])

function analyse(input: ProposalInput, ctx: ProposalContext): ClauseDraft {
  const notes: string[] = []
  const words = findOperativeWords(input.quote)
  const ob = input.obligation
  const detected = words.cue?.modality ?? null
  const recorded = ob?.modality || null
  // The operative words are read after the cue, so their polarity is the
  // cue's: "attack X" after "should not" must stay forbidden even if the
  // obligation records "shall". Otherwise the analyst's record wins.
  const conflict = recorded !== null && detected !== null && negative(recorded) !== negative(detected)
  const source = conflict ? detected : (recorded ?? detected)
  const modal = source ? MODAL[source] : 'shall'
  const waiver = modal === 'may' && words.cue !== null && WAIVER.test(words.cue.cue)
  const type = typeOf(ob?.type ?? null, words, ctx, notes)
  let family = type.family

  if (!MODAL_FREE.has(family)) {
    if (!recorded && detected) notes.push(`no modality recorded; “${detected}” read from the cue ‘${words.cue?.cue}’`)
    if (conflict) notes.push(`the cue ‘${words.cue?.cue}’ reads as “${detected}” against the recorded “${recorded}”; the cue is followed, since the operative words depend on it`)
    else if (recorded && detected && MODAL[recorded] !== MODAL[detected]) {
      notes.push(`the cue ‘${words.cue?.cue}’ reads as “${detected}”, but the obligation records “${recorded}”, which is used`)
    }
    const note = waiver ? `‘${words.cue?.cue}’ grants discretion (modality “may”): kept as a waiver, not a prohibition` : modalityNote(source)
    if (note) notes.push(note)
    if (/endeavou?r|strive|seek/i.test(words.cue?.cue ?? '')) notes.push(`the clipping only commits to try (‘${words.cue?.cue}’); add “endeavour to” if that should stay`)
  }
  if (modal === 'shall not' && ROUTED.has(family)) {
    notes.push(`modality “shall not” on type “${type.label}”: drafted as a prohibition`)
    family = 'prohibition'
  }
  const bearer = isStateBearer(ob?.bearer ?? '') ? null : lowerFirst(squash(ob?.bearer ?? ''))
  const subject = words.subject.split(',').at(-1)?.trim() ?? ''
  if (bearer === null && subject && !isStateBearer(subject) && family !== 'institutional' && !BEARERLESS.has(family)) {
    notes.push(`the clipping's subject is “${subject}” but the text binds each State Party; record a bearer to draft it as theirs`)
  }
  if (bearer !== null && BEARERLESS.has(family)) notes.push(`bearer “${bearer}” has no place in this template and is not in the text`)
  if (!MODAL_FREE.has(family)) {
    notes.push(words.phrase ? `operative words taken from the clipping: “${words.phrase}”` : `no operative words found in the clipping; fill in “${GAP}”`)
  }
  return { family, label: type.label, words, modal, waiver, bearer, notes }
}

/**
 * Proposes one operative paragraph from the clippings an analyst dropped on
 * it. The template comes from the most frequent obligation type (ties: the
 * first); clippings of other types are left out of the text and said so.
 * Several clippings with different operative words become one enumeration.
 */
export function proposeOperativeParagraph(inputs: ProposalInput[], ctx: ProposalContext): ClauseProposal {
  const analysed = inputs.map((i) => analyse(i, ctx))
  const counts = new Map<ClauseFamily, ClauseDraft[]>()
  for (const a of analysed) counts.set(a.family, [...(counts.get(a.family) ?? []), a])
  const [family, chosen] = [...counts].reduce((best, next) => (next[1].length > best[1].length ? next : best), [...counts][0] ?? ['positive', []])
  if (chosen.length === 0) return { text: `Each State Party shall take appropriate measures to ${GAP}.`, reasons: [`no clippings; fill in “${GAP}”`], family, modality: 'shall' }

  const reasons = [`type “${chosen[0]?.label}” → “${SHAPES[family]}”`]
  if (counts.size > 1) {
    const tally = [...counts.values()].map((g) => `“${g[0]?.label}” ×${g.length}`).join(', ')
    const left = analysed.length - chosen.length
    reasons.push(`types differ (${tally}); drafted as “${chosen[0]?.label}”, the most frequent`, `${left} clipping${left > 1 ? 's' : ''} of another type left out of the text; draft ${left > 1 ? 'them' : 'it'} separately`)
  }
  const rendered = chosen.map((a) => ({ a, r: render(a) }))
  const withWords = rendered.filter(({ a }) => a.words.phrase || a.family === 'definition' || a.family === 'savings')
  const pool = rendered.length > 1 && withWords.length > 0 ? withWords : rendered
  if (pool.length < rendered.length) reasons.push(`${rendered.length - pool.length} clipping(s) without operative words stay attached as evidence only`)
  const unique = pool.filter(({ r }, i) => pool.findIndex((p) => sentenceOf(p.r) === sentenceOf(r)) === i)
  if (unique.length < pool.length) reasons.push(`${pool.length - unique.length} clipping(s) repeat words already in the text; stated once`)
  if (unique.length > 1) reasons.push(`${unique.length} clippings enumerated as (a)–(${String.fromCharCode(96 + unique.length)})`)
  for (const { a } of pool) for (const n of a.notes) if (!reasons.includes(n)) reasons.push(n)
  const first = unique[0]
  const text = unique.length === 1 && first ? sentenceOf(first.r) : enumerate(unique.map(({ r }) => r))
  const modality = MODAL_FREE.has(family) ? undefined : (first?.a.modal ?? 'shall')
  return { text: squash(text), reasons, family, ...(modality ? { modality } : {}) }
}

const PREAMBULAR_THAT = /^(?:Recogni[sz]ing|Recalling|Noting|Affirming|Reaffirming|Acknowledging|Stressing|Emphasi[sz]ing|Considering|Bearing in mind)\s+that\s+/i

/**
 * Proposes preambular paragraphs: "Recalling the <instrument>," for each
 * distinct instrument in first-seen order, or, when none is recorded, one
 * "Recognizing that …," from the first clipping's clause.
 */
export function proposePreambularParagraphs(inputs: ProposalInput[], ctx: ProposalContext): ClauseProposal[] {
  const instruments = new Map<string, number>()
  for (const { obligation } of inputs) {
    if (obligation?.instrument) instruments.set(obligation.instrument, (instruments.get(obligation.instrument) ?? 0) + 1)
  }
  if (instruments.size > 0) {
    return [...instruments].map(([id, n]) => {
      const name = ctx.tagName(id)?.trim().replace(/^the\s+/i, '')
      const on = `${n} clipping${n > 1 ? 's' : ''}`
      if (!name) return { text: `Recalling the ${GAP},`, reasons: [`instrument ${id} has no name in the codebook; fill in “${GAP}”`] }
      return { text: `Recalling the ${squash(name)},`, reasons: [`instrument “${name}” recorded on ${on}`] }
    })
  }
  const first = inputs[0]
  if (!first) return []
  const clause = findOperativeWords(first.quote).sentence.replace(PREAMBULAR_THAT, '').replace(/^that\s+/i, '')
  if (!clause) return [{ text: `Recognizing that ${GAP},`, reasons: [`no instrument recorded and no words in the first clipping; fill in “${GAP}”`] }]
  return [{ text: `Recognizing that ${lowerFirst(clause)},`, reasons: ['no instrument recorded; the first clipping’s clause stated as a recognition'] }]
}
