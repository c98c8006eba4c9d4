import { describe, it, expect } from 'vitest'
import { suggestModality, type Modality } from './suggest-modality'
import seed000 from '../../../../shared/corpus/seeds/000_16febc7ae85f2449.txt?raw'
import seed001 from '../../../../shared/corpus/seeds/001_2b7deef630cd453d.txt?raw'
import seed002 from '../../../../shared/corpus/seeds/002_032de899ec04cf11.txt?raw'
import budapest from '../../../../shared/corpus/real/budapest_convention_cybercrime_nl_en.md?raw'

// [sentence, expected modality, expected cue (null: no suggestion)]
const table: Array<[string, Modality | null, string | null]> = [
  ['Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law the conduct set out below.', 'shall', 'shall'],
  ['States should not conduct or knowingly support ICT activity that intentionally damages critical infrastructure.', 'should not', 'should not'],
  ['A Party shall not be required to provide assistance where the request concerns an offence it considers political.', 'may', 'shall not be required to'],
  ['Nothing in this Convention shall be construed as requiring a State Party to disclose information contrary to its essential security interests.', 'may', 'Nothing in this Convention shall'],
  ['States Parties may, by mutual agreement, extend the period referred to in paragraph 2.', 'may', 'may'],
  ['The Parties undertake to cooperate to the widest extent possible in the investigation of cyber incidents.', 'shall', 'undertake to'],
  ['States are encouraged to share best practices on the protection of critical infrastructure.', 'should', 'are encouraged to'],
  ['Member States must ensure that operators of essential services notify significant incidents without undue delay.', 'must', 'must'],
  ['Operators may not disclose information received under this Article to third parties.', 'shall not', 'may not'],
  ['Each State Party shall designate a point of contact available on a twenty-four hour basis.', 'shall', 'shall'],
  ['States Parties shall not conduct or knowingly support cyber operations against the critical infrastructure of another State.', 'shall not', 'shall not'],
  ['States shall never target medical facilities by means of ICT.', 'shall not', 'shall never'],
  ['A State Party shall in no case use the information obtained for purposes other than those stated in the request.', 'shall not', 'shall in no case'],
  ['Requesting Parties must not use such data for any other purpose.', 'shall not', 'must not'],
  ['States ought to refrain from using proxies to commit internationally wrongful acts.', 'should', 'ought to'],
  ['States ought not to allow their territory to be used for malicious ICT activity.', 'should not', 'ought not to'],
  ['Each Party is required to maintain a register of designated operators.', 'shall', 'is required to'],
  ['The Secretariat is obliged to transmit the report to all States Parties within thirty days.', 'shall', 'is obliged to'],
  ['Parties are entitled to request clarification of any notification received.', 'may', 'are entitled to'],
  ['States Parties endeavour to harmonise their national legislation on computer-related offences.', 'should', 'endeavour to'],
  ['Each State strives to promote an open, secure and peaceful ICT environment.', 'should', 'strives to'],
  ['The Parties agree to exchange information on threats to critical infrastructure.', 'shall', 'agree to'],
  ['This Article shall not be construed as imposing criminal liability for the authorised testing of a computer system.', 'may', 'shall not be construed'],
  ['This Convention shall not affect the rights and obligations of States under the Charter of the United Nations.', 'may', 'shall not affect'],
  ['Nothing in this Article shall prevent a Party from adopting stricter measures.', 'may', 'Nothing in this Article shall'],
  ['The provisions of this Chapter shall not prevent a Party from granting wider assistance.', 'may', 'shall not prevent'],
  ['No State Party shall invoke the provisions of this Convention to justify interference in the internal affairs of another State.', 'shall not', 'No State Party shall'],
  ['No reservation may be made in respect of any provision of this Convention.', 'shall not', 'No reservation may'],
  ['No later than one year after entry into force, the Conference of the Parties shall adopt its rules of procedure.', 'shall', 'shall'],
  ['Should a Party decide to withdraw, it shall notify the depositary in writing.', 'shall', 'shall'],
  ['It should be noted that several States have not ratified the Convention.', null, null],
  ['In May 2015 the Group adopted its report by consensus.', null, null],
  ['The request shall specify the authority seeking the measure and the legal basis for it.', 'shall', 'shall'],
  ['A Party may refuse to execute a request if execution would prejudice its sovereignty.', 'may', 'may'],
  ['Each Party may reserve the right not to apply paragraph 1 in whole or in part.', 'may', 'may'],
  ['The term “minor” shall include all persons under 18 years of age.', 'shall', 'shall'],
  ['Parties shall endeavour to settle any dispute through negotiation.', 'shall', 'shall endeavour to'],
  ['States Parties shall not only criminalise such conduct but also provide effective remedies.', 'shall', 'shall'],
  ['The requested Party need not disclose the source of the information.', 'may', 'need not'],
  ['The Parties undertake not to use information and communications technologies against each other’s critical infrastructure.', 'shall not', 'undertake not to'],
  ['States are not obliged to extradite their own nationals.', 'may', 'are not obliged to'],
  ['States should respond to appropriate requests for assistance by another State whose critical infrastructure is subject to malicious ICT acts.', 'should', 'should'],
  ['It is recommended that States establish national computer emergency response teams.', 'should', 'It is recommended that'],
  ['Member States shall ensure that providers of public communications networks may not retain traffic data beyond the period referred to in paragraph 1.', 'shall', 'shall'],
  ['The Secretary General shall, as\nappropriate, convene a meeting\nof States Parties.', 'shall', 'shall'],
  ['States shouldn’t use ICTs to interfere in the electoral processes of other States.', 'should not', 'shouldn’t'],
  ['Where a Party has reason to believe that data may be lost, it shall take expeditious measures to preserve them.', 'shall', 'shall'],
  ['States Parties are invited to submit their views on the draft — and should do so before the next session.', 'should', 'are invited to'],
  ['Les Parties s’engagent à coopérer dans la mesure la plus large possible.', 'shall', 's’engagent à'],
  ['Chaque Partie doit adopter les mesures législatives nécessaires.', 'shall', 'doit'],
  ['Les États ne doivent pas mener d’activités malveillantes.', 'shall not', 'ne doivent pas'],
  ['Les États devraient coopérer pour prévenir les attaques.', 'should', 'devraient'],
  ['Aucune disposition de la présente Convention ne peut être interprétée comme limitant les droits des Parties.', 'may', 'Aucune disposition de la présente Convention ne'],
  ['The Committee may decide to hold additional sessions.', 'may', 'may'],
  ['Neither Party shall interfere with the notification channel.', 'shall not', 'Neither Party shall'],
]

describe('suggestModality on the table', () => {
  it.each(table)('%s', (sentence, modality, cue) => {
    const s = suggestModality(sentence)
    if (modality === null) {
      expect(s).toBeNull()
      return
    }
    expect(s).not.toBeNull()
    expect(s?.modality).toBe(modality)
    expect(s?.cue).toBe(cue)
    expect(sentence.slice(s?.start, s?.end)).toBe(s?.cue)
    expect(s?.explanation).toContain('cue:')
  })

  it('has at least forty rows, traps included', () => {
    expect(table.length).toBeGreaterThanOrEqual(40)
    expect(table.filter(([, m, c]) => m === 'may' && c?.match(/not|nothing|aucune/i)).length).toBeGreaterThanOrEqual(6)
  })
})

describe('suggestModality explanations and confidence', () => {
  it('says why a trap is discretion, not prohibition', () => {
    expect(suggestModality('A Party shall not be required to provide assistance.')?.explanation).toBe(
      "cue: 'shall not be required to' — grants discretion rather than prohibiting",
    )
  })

  it('lowers confidence for a cue in a dependent clause or a quotation', () => {
    expect(suggestModality('States disagree over how cyberspace should be used.')?.confidence).toBe('medium')
    const quoted = suggestModality('The draft read “States shall cooperate” before the session.')
    expect(quoted?.modality).toBe('shall')
    expect(quoted?.confidence).toBe('medium')
    expect(quoted?.explanation).toMatch(/quotation/)
  })

  it('prefers a cue outside the quotation', () => {
    const s = suggestModality('The phrase “shall cooperate” should be read in context.')
    expect(s?.modality).toBe('should')
  })

  it('is null for text without deontic cues', () => {
    expect(suggestModality('The Convention entered into force in 2004.')).toBeNull()
    expect(suggestModality('')).toBeNull()
  })
})

// Expectations below were set by reading the corpus; the sentences stay there.
function sentenceWith(text: string, fragment: string): string {
  const i = text.indexOf(fragment)
  if (i < 0) throw new Error(`corpus fragment not found: ${fragment}`)
  const start = Math.max(text.lastIndexOf('. ', i) + 2, text.lastIndexOf('\n', i) + 1)
  const ends = [text.indexOf('. ', i), text.indexOf('\n', i)].filter((n) => n >= 0)
  return text.slice(start, ends.length > 0 ? Math.min(...ends) + 1 : text.length)
}

describe('suggestModality on the corpus', () => {
  const cases: Array<[string, string, string, Modality]> = [
    ['seed 000', seed000, 'First, states should not conduct', 'should not'],
    ['seed 000', seed000, 'Second, states should take appropriate', 'should'],
    ['seed 000', seed000, 'the treaty must foresee', 'must'],
    ['seed 001', seed001, 'it should not expect a global consensus', 'should not'],
    ['seed 001', seed001, 'First, Washington must continue', 'must'],
    ['budapest', budapest, 'A Party may require that the offence be committed by infringing', 'may'],
    ['budapest', budapest, 'This article shall not be interpreted as imposing criminal liability', 'may'],
    ['budapest', budapest, 'A Party may, however, require a lower age-limit', 'may'],
    ['budapest', budapest, 'the term ``minor" shall include all persons under 18', 'shall'],
  ]
  it.each(cases)('%s: %s', (_name, text, fragment, modality) => {
    const sentence = sentenceWith(text, fragment)
    const s = suggestModality(sentence)
    expect(s?.modality).toBe(modality)
    expect(sentence.slice(s?.start, s?.end)).toBe(s?.cue)
  })

  it('does not read the possibility sense of "may not" as a prohibition', () => {
    const s = suggestModality(sentenceWith(seed002, 'conflicting regional agreements may not'))
    expect(s?.modality).not.toBe('shall not')
  })
})
