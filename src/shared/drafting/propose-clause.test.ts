import { describe, it, expect } from 'vitest'
import type { Modality, Obligation } from '../model'
import { gerundPhrase, toGerund } from './operative-words'
import { proposeOperativeParagraph, proposePreambularParagraphs, type ProposalContext, type ProposalInput } from './propose-clause'

// Names as in the starter codebook, plus one user-added type.
const names: Record<string, string> = {
  tag_prohibition: 'Prohibition',
  tag_positiveobligation: 'Positive obligation',
  tag_cooperationassistance: 'Cooperation and assistance',
  tag_criminalisation: 'Criminalisation',
  tag_definition: 'Definition',
  tag_reportingmonitoring: 'Reporting and monitoring',
  tag_disputesettlement: 'Dispute settlement',
  tag_institutional: 'Institutional',
  tag_capacitybuilding: 'Capacity building',
  tag_confidencebuilding: 'Confidence-building measure',
  tag_savingsclause: 'Savings clause',
  tag_contentcontrol: 'Content control',
  tag_custom1a2b3c: 'Duty to refrain',
  tag_misc1a2b3c: 'Miscellaneous',
  tag_gge2015norm13f: 'GGE norm 13(f)',
  tag_budapestconvention: 'Budapest Convention',
}
const ctx: ProposalContext = { tagName: (id) => names[id] }

function clip(quote: string, type: string | null, fields: { modality?: Modality | ''; bearer?: string; instrument?: string } = {}): ProposalInput {
  const obligation: Obligation = { type, modality: fields.modality ?? '', bearer: fields.bearer ?? '', scope: '', instrument: fields.instrument ?? null, stance: '' }
  return { quote, obligation }
}
const propose = (...inputs: ProposalInput[]) => proposeOperativeParagraph(inputs, ctx)

describe('proposeOperativeParagraph: one template per family', () => {
  // [family, clipping, type, expected text]
  const table: Array<[string, string, string, string]> = [
    ['prohibition', 'States should not conduct or knowingly support cyber operations that intentionally disable hospital networks.', 'tag_prohibition',
      'Each State Party shall refrain from conducting or knowingly supporting cyber operations that intentionally disable hospital networks.'],
    ['positive', 'States should protect their critical infrastructure from ICT threats.', 'tag_positiveobligation',
      'Each State Party shall take appropriate measures to protect its critical infrastructure from ICT threats.'],
    ['cooperation', 'States should answer reasonable requests for help from a State whose hospitals are hit by a malicious ICT act.', 'tag_cooperationassistance',
      'States Parties shall cooperate with each other, to the widest extent possible, to answer reasonable requests for help from a State whose hospitals are hit by a malicious ICT act.'],
    ['criminalisation', 'Each State should criminalise the unauthorised interception of computer data.', 'tag_criminalisation',
      'Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law the unauthorised interception of computer data.'],
    ['definition', '"Critical infrastructure" means the systems and assets whose disruption would seriously affect public safety.', 'tag_definition',
      'For the purposes of this Convention, "critical infrastructure" means the systems and assets whose disruption would seriously affect public safety.'],
    ['definition, unquoted term', 'For the purposes of this Article, ICT incident refers to any event that compromises a network.', 'tag_definition',
      'For the purposes of this Convention, "ICT incident" means any event that compromises a network.'],
    ['reporting', 'States Parties shall report on the steps taken to implement this norm.', 'tag_reportingmonitoring',
      'Each State Party shall report to the Conference of the States Parties on the steps taken to implement this norm.'],
    ['reporting, other verb', 'States should monitor threats to their energy grids.', 'tag_reportingmonitoring',
      'Each State Party shall report to the Conference of the States Parties on the measures it has taken to monitor threats to its energy grids.'],
    ['dispute', 'Any dispute arising under this agreement shall be submitted to arbitration at the request of either side.', 'tag_disputesettlement',
      'Any dispute between States Parties concerning the interpretation or application of this Convention shall be submitted to arbitration at the request of either side.'],
    ['institutional', 'A secretariat shall be established to support the meetings of the Parties.', 'tag_institutional',
      'A secretariat shall be established to support the meetings of the Parties.'],
    ['capacity', 'States should strengthen the resilience of networks in least developed countries.', 'tag_capacitybuilding',
      'States Parties shall, upon request, provide each other with technical assistance and capacity-building to strengthen the resilience of networks in least developed countries.'],
    ['confidence', 'States should notify other States in advance of large-scale ICT exercises.', 'tag_confidencebuilding',
      'Each State Party shall notify other States in advance of large-scale ICT exercises.'],
    ['savings', 'Nothing in this framework shall be construed as limiting the right of self-defence.', 'tag_savingsclause',
      'Nothing in this Convention shall be construed as limiting the right of self-defence.'],
    ['savings, without prejudice', 'This agreement is without prejudice to the obligations of States under the Charter.', 'tag_savingsclause',
      'Nothing in this Convention shall prejudice the obligations of States under the Charter.'],
    ['content', 'States shall counter propaganda that incites violence.', 'tag_contentcontrol',
      'Each State Party shall take appropriate measures, consistent with its obligations under international human rights law, to counter propaganda that incites violence.'],
  ]
  it.each(table)('%s', (_family, quote, type, expected) => {
    expect(propose(clip(quote, type)).text).toBe(expected)
  })

  it('says which template the type chose and that "should" became binding', () => {
    const p = propose(clip('States should protect their critical infrastructure from ICT threats.', 'tag_positiveobligation', { modality: 'should' }))
    expect(p.family).toBe('positive')
    expect(p.reasons).toContain('type “Positive obligation” → “Each State Party shall take appropriate measures to …”')
    expect(p.reasons).toContain('modality “should” drafted as “shall” (binding); change it for a voluntary norm')
    expect(p.reasons).toContain('operative words taken from the clipping: “protect their critical infrastructure from ICT threats”')
    expect(p.reasons).toContain('“their”/“themselves” → “its”/“itself” for the singular “Each State Party”')
  })
})

describe('proposeOperativeParagraph: traps', () => {
  it('uses a placeholder when the clipping has no operative words, and says so', () => {
    const p = propose(clip('Protection of critical infrastructure.', 'tag_positiveobligation'))
    expect(p.text).toBe('Each State Party shall take appropriate measures to […].')
    expect(p.reasons).toContain('no operative words found in the clipping; fill in “[…]”')
  })

  it('proposes a point of contact for a confidence-building clipping without operative words', () => {
    expect(propose(clip('Hotlines between national CERTs are a useful confidence-building tool.', 'tag_confidencebuilding')).text).toBe(
      'Each State Party shall designate a national point of contact for communication with other States Parties on […].',
    )
  })

  it('reads "shall not be required to" as discretion (may), not as a prohibition', () => {
    const p = propose(clip('A State Party shall not be required to extradite its own nationals.', 'tag_cooperationassistance'))
    expect(p.modality).toBe('may')
    expect(p.text).toBe('A State Party shall not be required to extradite its own nationals.')
  })

  it('drafts "shall not" for a verb whose -ing form is not mechanical', () => {
    const p = propose(clip('States shall not sponsor proxies that attack the power grids of other States.', 'tag_prohibition'))
    expect(p.text).toBe('Each State Party shall not sponsor proxies that attack the power grids of other States.')
    expect(p.reasons).toContain('“sponsor” has no simple -ing form here; drafted as “shall not …”')
  })

  it('does not double "take appropriate measures" or "refrain from"', () => {
    expect(propose(clip('Each State should take steps to shield its grid from ICT threats.', 'tag_positiveobligation')).text).toBe(
      'Each State Party shall take steps to shield its grid from ICT threats.',
    )
    expect(propose(clip('States should take appropriate measures to protect their water utilities.', 'tag_positiveobligation')).text).toBe(
      'Each State Party shall take appropriate measures to protect its water utilities.',
    )
    expect(propose(clip('States shall refrain from using ICT to interfere in elections.', 'tag_prohibition')).text).toBe(
      'Each State Party shall refrain from using ICT to interfere in elections.',
    )
  })

  it('leaves a pronoun alone when it belongs to a clause with its own subject', () => {
    expect(propose(clip('Member States must ensure that operators notify their incidents without undue delay.', 'tag_positiveobligation')).text).toBe(
      'Each State Party shall take appropriate measures to ensure that operators notify their incidents without undue delay.',
    )
  })

  it('drafts a non-State bearer as a duty the State imposes, keeping its pronouns', () => {
    const p = propose(clip('Operators shall put in place risk-management measures appropriate to their size.', 'tag_positiveobligation', { bearer: 'Operators of critical infrastructure' }))
    expect(p.text).toBe('Each State Party shall require operators of critical infrastructure to put in place risk-management measures appropriate to their size.')
    expect(propose(clip('CERTs/CSIRTs should notify significant incidents to the national authority.', 'tag_reportingmonitoring', { bearer: 'CERTs/CSIRTs' })).text).toBe(
      'Each State Party shall require CERTs/CSIRTs to notify significant incidents to the national authority.',
    )
    expect(propose(clip('Operators should not disclose vulnerability reports to third parties.', 'tag_prohibition', { bearer: 'operators of essential services' })).text).toBe(
      'Each State Party shall require operators of essential services to refrain from disclosing vulnerability reports to third parties.',
    )
  })

  it('treats the usual spellings of the States as the State bearer', () => {
    for (const bearer of ['States', 'States Parties', 'State', 'each state', '']) {
      expect(propose(clip('States should protect hospitals.', 'tag_positiveobligation', { bearer })).text).toBe('Each State Party shall take appropriate measures to protect hospitals.')
    }
  })

  it('drafts a negated duty under a positive type as a prohibition, not its opposite', () => {
    const p = propose(clip('States should not attack or damage satellites.', 'tag_positiveobligation', { modality: 'should not' }))
    expect(p.text).toBe('Each State Party shall refrain from attacking or damaging satellites.')
    expect(p.reasons).toContain('modality “shall not” on type “Positive obligation”: drafted as a prohibition')
  })

  it('follows the cue when the recorded modality would invert the operative words', () => {
    expect(propose(clip('States should not attack water utilities.', 'tag_prohibition', { modality: 'shall' })).text).toBe(
      'Each State Party shall refrain from attacking water utilities.',
    )
  })

  it('finds the family of a renamed type by its name, and falls back to a positive obligation', () => {
    expect(propose(clip('States should not target hospitals.', 'tag_custom1a2b3c')).family).toBe('prohibition')
    const p = propose(clip('States should protect hospitals.', 'tag_misc1a2b3c'))
    expect(p.text).toBe('Each State Party shall take appropriate measures to protect hospitals.')
    expect(p.reasons).toContain('type “Miscellaneous” matches no template; drafted as a positive obligation')
  })

  it('suggests a type and detects the modality when the clipping records neither', () => {
    const p = proposeOperativeParagraph([{ quote: 'No State shall use ICT to damage the electricity grid of another State.' }], ctx)
    expect(p.text).toBe('Each State Party shall refrain from using ICT to damage the electricity grid of another State.')
    expect(p.reasons).toContain('no modality recorded; “shall not” read from the cue ‘No State shall’')
  })

  it('cuts at the sentence end and moves an aside after the verb phrase, in one line', () => {
    expect(propose(clip('States should adopt national cyber strategies. This would\nhelp them coordinate.', 'tag_positiveobligation')).text).toBe(
      'Each State Party shall take appropriate measures to adopt national cyber strategies.',
    )
    expect(propose(clip('States Parties shall, in accordance with their domestic law,\nadopt measures to secure government networks.', 'tag_positiveobligation')).text).toBe(
      'Each State Party shall adopt measures to secure government networks, in accordance with its domestic law.',
    )
  })

  it('keeps the gap when a criminalisation clipping names no conduct', () => {
    const p = propose(clip('States should prosecute those who attack water utilities.', 'tag_criminalisation'))
    expect(p.text).toBe('Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law […].')
    expect(p.reasons).toContain('the operative words name no conduct to criminalise; fill in “[…]”')
  })

  it('uses placeholders for a definition clipping with no "X means Y"', () => {
    expect(propose(clip('Definitions matter a great deal in this debate.', 'tag_definition')).text).toBe('For the purposes of this Convention, "[…]" means […].')
  })
})

describe('proposeOperativeParagraph: several clippings', () => {
  it('enumerates different operative phrases of one family under a shared chapeau', () => {
    const p = propose(
      clip('States should protect their critical infrastructure from ICT threats.', 'tag_positiveobligation'),
      clip('States should share information on vulnerabilities with other States.', 'tag_positiveobligation'),
    )
    expect(p.text).toBe('Each State Party shall take appropriate measures to: (a) protect its critical infrastructure from ICT threats; and (b) share information on vulnerabilities with other States.')
    expect(p.reasons).toContain('2 clippings enumerated as (a)–(b)')
  })

  it('drafts the most frequent of mixed types and leaves the others out, saying so', () => {
    const p = propose(
      clip('States should not conduct cyber operations that disable hospital networks.', 'tag_prohibition'),
      clip('States should protect their critical infrastructure from ICT threats.', 'tag_positiveobligation'),
      clip('States shall not use ICT to damage the electricity grid of another State.', 'tag_prohibition'),
    )
    expect(p.text).toBe('Each State Party shall refrain from: (a) conducting cyber operations that disable hospital networks; and (b) using ICT to damage the electricity grid of another State.')
    expect(p.reasons).toContain('types differ (“Prohibition” ×2, “Positive obligation” ×1); drafted as “Prohibition”, the most frequent')
  })

  it('breaks a tie between types in favour of the first', () => {
    const p = propose(clip('States should protect hospitals.', 'tag_positiveobligation'), clip('States should not target schools.', 'tag_prohibition'))
    expect(p.text).toBe('Each State Party shall take appropriate measures to protect hospitals.')
  })

  it('falls back to a bare "shall:" chapeau when the items share no wording', () => {
    const p = propose(clip('States should not sponsor proxies that attack power grids.', 'tag_prohibition'), clip('States shall refrain from using ICT to interfere in elections.', 'tag_prohibition'))
    expect(p.text).toBe('Each State Party shall: (a) not sponsor proxies that attack power grids; and (b) refrain from using ICT to interfere in elections.')
  })

  it('states repeated words once', () => {
    const p = propose(clip('States should protect hospitals.', 'tag_positiveobligation'), clip('States must protect hospitals!', 'tag_positiveobligation'))
    expect(p.text).toBe('Each State Party shall take appropriate measures to protect hospitals.')
  })
})

describe('proposePreambularParagraphs', () => {
  it('recalls each distinct instrument once, in first-seen order', () => {
    const texts = proposePreambularParagraphs(
      [
        clip('a', 'tag_prohibition', { instrument: 'tag_gge2015norm13f' }),
        clip('b', 'tag_criminalisation', { instrument: 'tag_budapestconvention' }),
        clip('c', 'tag_prohibition', { instrument: 'tag_gge2015norm13f' }),
        clip('d', 'tag_prohibition'),
      ],
      ctx,
    ).map((p) => p.text)
    expect(texts).toEqual(['Recalling the GGE norm 13(f),', 'Recalling the Budapest Convention,'])
  })

  it('recognizes the first clipping\'s clause when no instrument is recorded', () => {
    const first = (quote: string) => proposePreambularParagraphs([clip(quote, null), clip('Ignored.', null)], ctx).map((p) => p.text)
    expect(first('Malicious ICT activity against hospitals endangers lives. Second sentence.')).toEqual(['Recognizing that malicious ICT activity against hospitals endangers lives,'])
    expect(first('ICT supply chains are increasingly exposed.')).toEqual(['Recognizing that ICT supply chains are increasingly exposed,'])
    expect(first('States should not conduct cyber operations against hospitals.')).toEqual(['Recognizing that States should not conduct cyber operations against hospitals,'])
  })

  it('proposes nothing for no clippings', () => {
    expect(proposePreambularParagraphs([], ctx)).toEqual([])
  })
})

describe('gerunds', () => {
  it('forms the -ing only where the spelling rule is mechanical', () => {
    expect(['use', 'support', 'stop', 'obtain', 'deploy', 'agree', 'target', 'permit', 'be'].map(toGerund)).toEqual(
      ['using', 'supporting', 'stopping', 'obtaining', 'deploying', 'agreeing', null, null, null],
    )
    expect(gerundPhrase('conduct or knowingly support attacks')).toBe('conducting or knowingly supporting attacks')
    expect(gerundPhrase('conduct or sponsor attacks')).toBeNull()
  })
})
