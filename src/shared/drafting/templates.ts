import type { Article } from '../model'
import { newArticle, newParagraph } from './draft-edits'

/*
 * Starting points for the articles every treaty has. They are ordinary
 * articles once added: the analyst edits or deletes them like any other.
 * Square brackets mark what the analyst must fill in, the way negotiators
 * mark open text.
 */

/** A definitions article, placed first by convention. */
export function definitionsArticle(): Article {
  return newArticle('Use of terms', [
    newParagraph('For the purposes of this Convention:'),
    newParagraph('(a) "[term]" means [definition];'),
  ])
}

/** The final clauses, placed last by convention: one article each. */
export function finalClauses(): Article[] {
  return [
    newArticle('Signature', [
      newParagraph('This Convention shall be open for signature by all States at [place] from [date] until [date].'),
    ]),
    newArticle('Ratification, acceptance, approval or accession', [
      newParagraph('This Convention is subject to ratification, acceptance or approval by signatory States.'),
      newParagraph('This Convention shall be open for accession by any State that has not signed it.'),
      newParagraph('Instruments of ratification, acceptance, approval or accession shall be deposited with the Depositary.'),
    ]),
    newArticle('Entry into force', [
      newParagraph('This Convention shall enter into force on the [ninetieth] day after the date of deposit of the [thirtieth] instrument of ratification, acceptance, approval or accession.'),
      newParagraph('For each State that ratifies, accepts, approves or accedes to this Convention after the deposit of that instrument, the Convention shall enter into force on the [thirtieth] day after the deposit of its own instrument.'),
    ]),
    newArticle('Reservations', [newParagraph('[No reservations may be made to this Convention.]')]),
    newArticle('Depositary', [newParagraph('The Secretary-General of the United Nations is the Depositary of this Convention.')]),
    newArticle('Authentic texts', [
      newParagraph('The Arabic, Chinese, English, French, Russian and Spanish texts of this Convention are equally authentic.'),
    ]),
  ]
}
