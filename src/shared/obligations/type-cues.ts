/**
 * When two types score alike, the earlier wins: savings and definition
 * clauses frame other language ("For the purposes of this Article, the term…",
 * "Nothing in this Convention shall affect cooperation…"), so their cues
 * say more about the clause than the subject matter they mention. Content
 * control comes before cooperation ("cooperate in combating information
 * that…" is about content), and criminalisation after it, because procedural
 * articles mention "criminal offences" in passing.
 */
export const typePriority = [
  'tag_savingsclause',
  'tag_definition',
  'tag_disputesettlement',
  'tag_confidencebuilding',
  'tag_capacitybuilding',
  'tag_contentcontrol',
  'tag_cooperationassistance',
  'tag_criminalisation',
  'tag_reportingmonitoring',
  'tag_institutional',
  'tag_prohibition',
  'tag_positiveobligation',
] as const

/** The starter codebook's obligation type tags (children of the 'type' facet root). */
export type TypeTagId = (typeof typePriority)[number]

/**
 * A word or phrase that points at an obligation type. Weight 3 is nearly
 * decisive ("establish as criminal offences"), 2 is typical of the type, 1 is
 * a hint that others easily outweigh ("ensure", "protect").
 */
export interface TypeCue {
  typeTagId: TypeTagId
  pattern: RegExp
  weight: 1 | 2 | 3
}

// Patterns are lower-case and case-sensitive: suggestType matches them
// against a lower-cased copy of the text, which is several times faster than
// the 'i' flag over a megabyte of candidates.
const cue = (typeTagId: TypeTagId, weight: 1 | 2 | 3, source: string): TypeCue => ({
  typeTagId,
  weight,
  pattern: new RegExp(source),
})

// Prohibition also comes from the modality: a 'shall not' / 'should not'
// suggestion (which already excludes the discretion traps) counts as a cue.
export const typeCues: readonly TypeCue[] = [
  cue('tag_savingsclause', 3, String.raw`\bwithout\s+prejudice\b`),
  cue('tag_savingsclause', 3, String.raw`\bnothing\s+(?:in|contained\s+in)\s+[^.;:]{0,100}?\b(?:shall|may|should)\b`),
  cue('tag_savingsclause', 3, String.raw`\bshall\s+not\s+(?:affect|prejudice|derogate|be\s+(?:construed|interpreted|deemed))\b`),
  cue('tag_savingsclause', 2, String.raw`\bshall\s+not\s+apply\b`),
  cue('tag_savingsclause', 1, String.raw`\bin\s+accordance\s+with\s+(?:applicable\s+)?international\s+law\b`),
  cue('tag_savingsclause', 2, String.raw`\baucune\s+disposition\b`),

  cue('tag_definition', 3, String.raw`(?<!\b(?:by|the|which|this|that|it)\s)\bmeans(?:\s*:|\s+(?:any|a|an|the|all|each|every|one|those|such|in)\b)`),
  cue('tag_definition', 3, String.raw`\bshall\s+mean\b`),
  cue('tag_definition', 1, String.raw`\bshall\s+include\b`),
  cue('tag_definition', 3, String.raw`\b(?:is|are|be)\s+defined\s+as\b`),
  cue('tag_definition', 2, String.raw`\bfor\s+the\s+purposes?\s+of\s+(?:this|the\s+present|paragraph|article)\b`),
  cue('tag_definition', 2, String.raw`\brefers?\s+to\b`),
  cue('tag_definition', 2, String.raw`\bthe\s+terms?\s+["“”'‘\`]`),

  cue('tag_criminalisation', 2, String.raw`\bcriminal\s+offen[cs]es?\b`),
  cue('tag_criminalisation', 3, String.raw`\bestablish\s+as\s+(?:\w+\s+)?offen[cs]es?\b`),
  cue('tag_criminalisation', 3, String.raw`\bcriminali[sz](?:e|es|ed|ing|ation)\b`),
  cue('tag_criminalisation', 3, String.raw`\bpunishable\b`),
  cue('tag_criminalisation', 2, String.raw`\bcriminal\s+liability\b`),
  cue('tag_criminalisation', 2, String.raw`\b(?:sanctions?|penalt(?:y|ies))\b`),
  cue('tag_criminalisation', 2, String.raw`\bprosecut(?:e|es|ed|ing|ion)\b`),

  cue('tag_disputesettlement', 3, String.raw`\bdisputes?\b`),
  cue('tag_disputesettlement', 3, String.raw`\barbitra(?:tion|l|tor|tors)\b`),
  cue('tag_disputesettlement', 3, String.raw`\binternational\s+court\s+of\s+justice\b`),
  cue('tag_disputesettlement', 2, String.raw`\b(?:conciliation|mediation|good\s+offices)\b`),
  cue('tag_disputesettlement', 1, String.raw`\bnegotiations?\b`),

  cue('tag_confidencebuilding', 3, String.raw`\bconfidence[-\s]building\b`),
  cue('tag_confidencebuilding', 3, String.raw`\bhot\s?lines?\b`),
  cue('tag_confidencebuilding', 3, String.raw`\b(?:notify\s+(?:\w+\s+){0,3}?in\s+advance|advance\s+notification|prior\s+notification)\b`),
  cue('tag_confidencebuilding', 3, String.raw`\bdeconflict(?:ion)?\b`),
  cue('tag_confidencebuilding', 2, String.raw`\bpoints?\s+of\s+contact\b`),
  cue('tag_confidencebuilding', 2, String.raw`\btransparency\s+measures?\b`),

  cue('tag_capacitybuilding', 3, String.raw`\bcapacity[-\s]building\b`),
  cue('tag_capacitybuilding', 3, String.raw`\btechnical\s+(?:and\s+\w+\s+)?assistance\b`),
  cue('tag_capacitybuilding', 2, String.raw`\btraining\b`),
  cue('tag_capacitybuilding', 2, String.raw`\bknow-how\b`),
  cue('tag_capacitybuilding', 1, String.raw`\bcapacit(?:y|ies)\b`),

  cue('tag_cooperationassistance', 3, String.raw`\bmutual\s+(?:legal\s+)?assistance\b`),
  cue('tag_cooperationassistance', 3, String.raw`\bco-?operat(?:e|es|ed|ing|ion)\b`),
  cue('tag_cooperationassistance', 3, String.raw`\b(?:respond|reply)\s+to\s+(?:\w+\s+){0,2}?requests?\b|\brequests?\s+for\s+assistance\b`),
  cue('tag_cooperationassistance', 3, String.raw`\bextradit(?:e|ion|ed|able)\b`),
  cue('tag_cooperationassistance', 2, String.raw`\bassist(?:s|ed|ing|ance)?\b`),
  cue('tag_cooperationassistance', 2, String.raw`\b(?:exchange|share|sharing)\s+(?:of\s+)?(?:\w+\s+)?information\b`),

  cue('tag_reportingmonitoring', 3, String.raw`\bsubmit\s+(?:\w+\s+){0,2}?(?:information|reports?|data)\b`),
  cue('tag_reportingmonitoring', 2, String.raw`\breport(?:s|ing)?\s+(?:\w+\s+)?(?:to|on)\b|\breport\s+(?:any|all|significant|incidents?)\b|\breporting\b`),
  cue('tag_reportingmonitoring', 2, String.raw`\bnotif(?:y|ies|ied|ication)\b`),
  cue('tag_reportingmonitoring', 2, String.raw`\bmonitor(?:s|ed|ing)?\b`),
  cue('tag_reportingmonitoring', 2, String.raw`\b(?:review|audit|inspection)s?\b`),

  cue('tag_institutional', 3, String.raw`\bsecretariat\b`),
  cue('tag_institutional', 3, String.raw`\b(?:conference|meeting)\s+of\s+(?:the\s+)?(?:states\s+)?parties\b`),
  cue('tag_institutional', 3, String.raw`\b(?:establish|set\s+up|create)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:committee|body|secretariat|mechanism|office|authority|agency|team)\b`),
  cue('tag_institutional', 2, String.raw`\bdesignate\s+(?:a|an|the|one\s+or\s+more)\s+(?:\w+\s+){0,2}?authorit(?:y|ies)\b`),
  cue('tag_institutional', 2, String.raw`\b(?:committee|subsidiary\s+body|expert\s+body|treaty\s+body)\b`),
  cue('tag_institutional', 1, String.raw`\b(?:csirts?|certs?|competent\s+authorit(?:y|ies)|national\s+authorit(?:y|ies))\b`),

  cue('tag_contentcontrol', 3, String.raw`\b(?:propaganda|disinformation|misinformation)\b`),
  cue('tag_contentcontrol', 3, String.raw`\binformation\s+(?:that|which)\s+(?:undermines|threatens|incites|harms)\b`),
  cue('tag_contentcontrol', 3, String.raw`\b(?:terrorist|extremist|illegal|harmful)\s+content\b`),
  cue('tag_contentcontrol', 2, String.raw`\b(?:hate\s+speech|incitement|extremis[mt])\b`),
  cue('tag_contentcontrol', 1, String.raw`\bcontent\b`),

  cue('tag_prohibition', 3, String.raw`\b(?:prohibit(?:s|ed|ing|ion)?|forbid(?:s|den)?)\b`),
  cue('tag_prohibition', 3, String.raw`\brefrain(?:s|ing)?\s+from\b`),

  cue('tag_positiveobligation', 2, String.raw`\btake\s+(?:all\s+)?(?:\w+\s+){0,4}?measures\b`),
  cue('tag_positiveobligation', 2, String.raw`\badopt\s+(?:\w+\s+){0,4}?(?:measures|legislation|laws|standards|policies)\b`),
  cue('tag_positiveobligation', 1, String.raw`\bensur(?:e|es|ing)\b`),
  cue('tag_positiveobligation', 1, String.raw`\bprotect(?:s|ing)?\b`),
  cue('tag_positiveobligation', 1, String.raw`\bimplement(?:s|ing)?\b`),
  cue('tag_positiveobligation', 1, String.raw`\bestablish(?:es)?\b`),
  cue('tag_positiveobligation', 1, String.raw`\b(?:maintain|put\s+in\s+place|safeguard)s?\b`),
]
