import { splitSentences } from '../obligations/split-sentences'
import { suggestModality, type ModalitySuggestion } from '../obligations/suggest-modality'

/** The clause of a clipping that carries its duty, split around the modal cue. */
export interface OperativeWords {
  /** The clipping with its whitespace collapsed; the cue's offsets point into it. */
  text: string
  /** The sentence holding the cue (else the first), cut at a semicolon, edge punctuation stripped. */
  sentence: string
  cue: ModalitySuggestion | null
  /** The words before the cue in that sentence: the clipping's own subject. */
  subject: string
  /** The verb phrase after the cue; '' when the clipping has none. */
  phrase: string
}

/** Collapses runs of whitespace (line breaks included) to single spaces. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()

const CLOSERS: Record<string, string> = { '”': '“', '’': '‘', ')': '(', ']': '[', '»': '«' }
const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '(': ')', '[': ']', '«': '»' }
const count = (text: string, ch: string) => text.split(ch).length - 1

// A quote mark or bracket at an edge goes only when it pairs with nothing
// inside: "(CERTs)" keeps its brackets, a clipping cut mid-quotation does not.
function stripEdges(text: string): string {
  let t = text.trim()
  for (;;) {
    const last = t.at(-1) ?? ''
    const pair = CLOSERS[last]
    if (last && /[\s.,;:!?…]/.test(last)) t = t.slice(0, -1)
    else if (last === '"' && count(t, '"') % 2 === 1) t = t.slice(0, -1)
    else if (pair && count(t, last) > count(t, pair)) t = t.slice(0, -1)
    else break
  }
  for (;;) {
    const first = t.charAt(0)
    const pair = OPENERS[first]
    if (first === '"' && count(t, '"') % 2 === 1) t = t.slice(1)
    else if (pair && count(t, first) > count(t, pair)) t = t.slice(1)
    else if (first && /[\s,;:]/.test(first)) t = t.slice(1)
    else break
  }
  return t
}

// "it is recommended that States adopt …": the cue ends before the subject.
const LEADING_SUBJECT = /^(?:(?:all|each|every|the)\s+)?(?:member\s+)?(?:States?(?:\s+Parties)?|Parties)\s+/i

/**
 * Finds the operative words of a clipping: the verb phrase after its modal
 * cue (found by suggestModality), up to the end of that sentence or the first
 * semicolon after the cue, since what follows a semicolon is another duty or
 * list item. An aside right after the cue (", in accordance with …,") moves
 * to the end so that the phrase opens with its verb.
 */
export function findOperativeWords(quote: string): OperativeWords {
  const text = squash(quote)
  const cue = suggestModality(text)
  const spans = splitSentences(text)
  const at = cue?.start ?? 0
  const span = spans.find((s) => at >= s.start && at < s.end) ?? spans[0] ?? { start: 0, end: text.length }
  const semicolon = text.indexOf(';', cue && cue.start >= span.start ? cue.end : span.start)
  const end = semicolon >= 0 && semicolon < span.end ? semicolon : span.end
  const sentence = stripEdges(text.slice(span.start, end))
  if (!cue || cue.start < span.start || cue.end > end) return { text, sentence, cue: null, subject: '', phrase: '' }
  let phrase = stripEdges(text.slice(cue.end, end))
  const aside = /^([^,]{1,80}),\s*(.+)$/.exec(phrase)
  if (aside && /^\s*,/.test(text.slice(cue.end, end)) && aside[1] && aside[2]) phrase = `${aside[2]}, ${aside[1]}`
  if (/that$/i.test(cue.cue)) phrase = phrase.replace(LEADING_SUBJECT, '')
  return { text, sentence, cue, subject: stripEdges(text.slice(span.start, cue.start)), phrase }
}

const STATE_BEARER = /^(?:(?:each|every|all|the|any|a)\s+)?(?:member\s+|contracting\s+)?(?:states?(?:\s+part(?:y|ies))?|part(?:y|ies))$/i

/** True for "", "States", "each State", "States Parties" and the like: the parties themselves. */
export function isStateBearer(bearer: string): boolean {
  const b = squash(bearer)
  return b === '' || STATE_BEARER.test(b)
}

/**
 * Lower-cases the first letter for use mid-sentence. Acronyms (ICT, CERTs)
 * keep it, and so do State and Party, which treaty usage capitalises.
 */
export function lowerFirst(text: string): string {
  if (/^(?:\p{Lu}{2}|States?\b|Part(?:y|ies)\b|Member States\b)/u.test(text)) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** Upper-cases the first letter, for a phrase that opens a sentence. */
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

// A pronoun after a subordinator may belong to that clause's own subject
// ("ensure that operators report their incidents"), so it is left alone.
const SUBORDINATOR = /\b(?:that|which|who|whom|whose|where|when|whether|if|unless)\b/i

/** "their" → "its", "themselves" → "itself", for a phrase whose subject becomes one State. */
export function singularise(phrase: string): string {
  const cut = phrase.search(SUBORDINATOR)
  const head = cut < 0 ? phrase : phrase.slice(0, cut)
  const tail = cut < 0 ? '' : phrase.slice(cut)
  return head.replace(/\btheir\b/g, 'its').replace(/\bthemselves\b/g, 'itself') + tail
}

const NOT_VERBS = new Set(['be', 'not', 'also', 'to', 'the', 'a', 'an', 'any', 'all', 'in', 'as', 'such', 'that', 'which', 'only', 'never', 'further', 'either', 'neither', 'no'])

/**
 * The -ing form of a bare verb, or null when the spelling rule is not
 * mechanical: whether a final consonant doubles depends on stress in longer
 * words (permitting, targeting), which no rule here can see.
 */
export function toGerund(verb: string): string | null {
  if (!/^[a-z]{2,}$/.test(verb) || NOT_VERBS.has(verb)) return null
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`
  if (/(?:ee|ye|oe)$/.test(verb)) return `${verb}ing`
  if (/(?:[^aeiou]|u)e$/.test(verb)) return `${verb.slice(0, -1)}ing`
  if (/(?:^|[^aeiou])[aeiou][^aeiouwxy]$/.test(verb)) {
    const syllables = verb.match(/[aeiouy]+/g)?.length ?? 0
    return syllables === 1 ? `${verb}${verb.at(-1)}ing` : null
  }
  return `${verb}ing`
}

// Words ending in -ly that are verbs, not adverbs.
const LY_VERBS = new Set(['apply', 'supply', 'comply', 'imply', 'rely', 'reply', 'multiply', 'ally'])
const adverb = (word: string | undefined) => word !== undefined && word.endsWith('ly') && !LY_VERBS.has(word)

/**
 * Turns a bare verb phrase into a gerund phrase: "conduct or knowingly
 * support X" → "conducting or knowingly supporting X". A conjunction right
 * after the verb coordinates a second verb; null when any verb has no simple
 * -ing form.
 */
export function gerundPhrase(phrase: string): string | null {
  const words = phrase.split(' ')
  const out: string[] = []
  let i = 0
  for (;;) {
    if (adverb(words[i]) && words[i + 1] !== undefined) out.push(words[i++] as string)
    const gerund = toGerund(words[i] ?? '')
    if (!gerund) return null
    out.push(gerund)
    i++
    const conj = words[i]
    if (conj !== 'or' && conj !== 'and' && conj !== 'nor') break
    // "conduct or sponsor X": half a conversion would be ungrammatical.
    const next = adverb(words[i + 1]) ? words[i + 2] : words[i + 1]
    if (!next || toGerund(next) === null) return null
    out.push(conj === 'nor' ? 'or' : conj)
    i++
  }
  return [...out, ...words.slice(i)].join(' ')
}
