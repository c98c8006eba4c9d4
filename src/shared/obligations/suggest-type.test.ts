import { describe, it, expect } from 'vitest'
import { suggestType } from './suggest-type'
import { typePriority, type TypeTagId } from './type-cues'
import codebookJson from '../../../resources/starter-codebook.json?raw'

// [sentence, expected type, expected cue]
const table: Array<[string, TypeTagId, string]> = [
  ['Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law the access to a computer system without right.', 'tag_criminalisation', 'establish as criminal offences'],
  ['Each Party shall ensure that the offences are punishable by effective, proportionate and dissuasive sanctions.', 'tag_criminalisation', 'punishable'],
  ['States should not conduct or knowingly support ICT activity that intentionally damages critical infrastructure.', 'tag_prohibition', 'should not'],
  ['States shall refrain from the use of ICTs to interfere in the internal affairs of other States.', 'tag_prohibition', 'refrain from'],
  ['States should prohibit the use of proxies for malicious ICT acts.', 'tag_prohibition', 'prohibit'],
  ['No State shall knowingly allow its territory to be used for attacks on hospitals.', 'tag_prohibition', 'No State shall'],
  ['States should take appropriate measures to protect their critical infrastructure from ICT threats.', 'tag_positiveobligation', 'take appropriate measures'],
  ['Member States shall ensure that operators take appropriate technical and organisational measures to manage risks.', 'tag_positiveobligation', 'take appropriate technical and organisational measures'],
  ['States should respond to appropriate requests for assistance by another State whose critical infrastructure is subject to malicious ICT acts.', 'tag_cooperationassistance', 'respond to appropriate requests'],
  ['The Parties shall afford one another mutual assistance to the widest extent possible.', 'tag_cooperationassistance', 'mutual assistance'],
  ['The Parties shall exchange information on threats and vulnerabilities.', 'tag_cooperationassistance', 'exchange information'],
  ['A Party shall not be required to provide assistance where the request concerns a political offence.', 'tag_cooperationassistance', 'assistance'],
  ['For the purposes of this Convention, "computer system" means any device or a group of interconnected devices.', 'tag_definition', 'means any'],
  ['“Critical infrastructure” means the assets and systems essential for the maintenance of vital societal functions.', 'tag_definition', 'means the'],
  ['The term "minor" shall include all persons under 18 years of age.', 'tag_definition', 'The term "'],
  ['Each State Party shall submit information on its legislative measures to the Conference.', 'tag_reportingmonitoring', 'submit information'],
  ['Operators of essential services shall notify the competent authority without undue delay of incidents having a significant impact.', 'tag_reportingmonitoring', 'notify'],
  ['The Committee shall monitor the implementation of this Agreement.', 'tag_reportingmonitoring', 'monitor'],
  ['Any dispute between the Parties concerning the interpretation of this Convention shall be referred to the International Court of Justice.', 'tag_disputesettlement', 'dispute'],
  ['A Conference of the States Parties to the Convention is hereby established.', 'tag_institutional', 'Conference of the States Parties'],
  ['The Secretariat shall prepare reports on the implementation of this Convention.', 'tag_institutional', 'Secretariat'],
  ['Each Party shall designate a competent authority for the security of network and information systems.', 'tag_institutional', 'designate a competent authority'],
  ['States Parties shall provide technical assistance and training to developing countries.', 'tag_capacitybuilding', 'technical assistance'],
  ['Each Party shall designate a point of contact available on a twenty-four hour, seven-day-a-week basis.', 'tag_confidencebuilding', 'point of contact'],
  ['The Parties shall establish a hotline between their national CERTs.', 'tag_confidencebuilding', 'hotline'],
  ['Each Party shall notify the other Party in advance of any large-scale cyber exercise.', 'tag_confidencebuilding', 'notify the other Party in advance'],
  ['Nothing in this Convention shall be construed as requiring a Party to provide assistance.', 'tag_savingsclause', 'Nothing in this Convention shall'],
  ['This Convention shall be without prejudice to the rights and obligations of States under international law.', 'tag_savingsclause', 'without prejudice'],
  ['This Article shall not be interpreted as imposing criminal liability for authorised testing.', 'tag_savingsclause', 'shall not be interpreted'],
  ['The Parties shall cooperate in combating the dissemination of information that undermines the political stability of other States.', 'tag_contentcontrol', 'information that undermines'],
  ['States Parties shall take measures to remove terrorist content from online platforms.', 'tag_contentcontrol', 'terrorist content'],
]

describe('suggestType on the table', () => {
  it.each(table)('%s', (sentence, typeTagId, cue) => {
    const s = suggestType(sentence)
    expect(s?.typeTagId).toBe(typeTagId)
    expect(s?.cue).toBe(cue)
    expect(sentence.slice(s?.start, s?.end)).toBe(cue)
    expect(s?.explanation).toContain(`cue: '${cue}'`)
  })
})

describe('suggestType scoring', () => {
  it('is confident only when a strong cue leads clearly', () => {
    expect(suggestType('Each Party shall ensure that the offences are punishable.')?.confidence).toBe('high')
    expect(suggestType('The Committee shall monitor the implementation of this Agreement.')?.confidence).toBe('medium')
  })

  it('falls back to a positive obligation, with low confidence, for a bare duty', () => {
    const s = suggestType('This Convention shall apply to the protection of critical infrastructure.')
    expect(s).toMatchObject({ typeTagId: 'tag_positiveobligation', cue: 'shall', confidence: 'low' })
  })

  it('does not read the discretion trap as a prohibition', () => {
    expect(suggestType('A Party shall not be required to act.')?.typeTagId).not.toBe('tag_prohibition')
  })

  it('is null when nothing points at a type', () => {
    expect(suggestType('The Convention entered into force in 2004.')).toBeNull()
    expect(suggestType('')).toBeNull()
  })

  it('keeps offsets exact after characters that change length when lower-cased', () => {
    const text = 'İİ Each Party shall establish as criminal offences the conduct.'
    const s = suggestType(text)
    expect(text.slice(s?.start, s?.end)).toBe('establish as criminal offences')
  })
})

describe('type tag ids', () => {
  it('are exactly the obligation types of the starter codebook', () => {
    const { tags } = JSON.parse(codebookJson) as { tags: Array<{ id: string; parentId: string | null; facet?: string }> }
    const root = tags.find((t) => t.parentId === null && t.facet === 'type')
    const children = tags.filter((t) => t.parentId === root?.id).map((t) => t.id)
    expect([...typePriority].sort()).toEqual(children.sort())
  })
})
