import { formatReference, numberDraft, type NumberedDraft } from '../numbering'

/*
 * A cross-reference is stored in a paragraph's text as a token holding the
 * target's id ("{{ref:par_x1y2z3}}"), so it follows moves and renumbering.
 * The editor shows the same text with each token as its current label in
 * angle brackets ("⟨Article 4(2)⟩"); the two forms convert into each other
 * without loss, because labels are unique within a draft. A token whose
 * target was deleted shows its id, so it survives an edit and comes back to
 * life if the deletion is undone.
 */

const TOKEN = /\{\{ref:([a-z]+_[0-9a-z]{6,32})\}\}/g
const EDITABLE = /⟨([^⟨⟩\n]{1,80})⟩/g
const DELETED_PREFIX = 'deleted reference '

/** The stored form of a reference to the article or paragraph `targetId`. */
export function referenceToken(targetId: string): string {
  return `{{ref:${targetId}}}`
}

/** The ids a stored text refers to, in order of appearance. */
export function referencedIds(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1] as string)
}

/** The ids a stored text refers to that are no longer in the draft. */
export function danglingReferences(draft: NumberedDraft, text: string): string[] {
  return referencedIds(text).filter((id) => formatReference(draft, id) === null)
}

/** Stored text as the editor shows it: each token as "⟨Article 4(2)⟩". */
export function toEditableText(draft: NumberedDraft, text: string): string {
  return text.replace(TOKEN, (_m, id: string) => `⟨${formatReference(draft, id) ?? DELETED_PREFIX + id}⟩`)
}

/** Editor text back to its stored form; a bracketed label that names nothing stays as typed. */
export function fromEditableText(draft: NumberedDraft, editable: string): string {
  const byLabel = new Map<string, string>()
  for (const [id, label] of numberDraft(draft)) byLabel.set(label, id)
  return editable.replace(EDITABLE, (whole, label: string) => {
    const id = label.startsWith(DELETED_PREFIX) ? label.slice(DELETED_PREFIX.length) : byLabel.get(label)
    return id !== undefined && /^[a-z]+_[0-9a-z]{6,32}$/.test(id) ? referenceToken(id) : whole
  })
}

/**
 * Stored text as it reads in an export or a preview: each reference as its
 * current label, or `missing` (given the id) when the target is gone.
 */
export function resolveReferences(draft: NumberedDraft, text: string, missing: (id: string) => string): string {
  return text.replace(TOKEN, (_m, id: string) => formatReference(draft, id) ?? missing(id))
}
