import type { ClippingPatch } from '../../../../shared/clipping-inputs'
import type { Clipping, Obligation } from '../../../../shared/model'

/** What the editor lets the user change field by field. */
export type Draft = Obligation & { tags: readonly string[]; note: string }
export type DraftField = keyof Draft

export const obligationFields = ['type', 'modality', 'bearer', 'scope', 'instrument', 'stance'] as const

export const emptyObligation: Obligation = { type: null, modality: '', bearer: '', scope: '', instrument: null, stance: '' }

export function draftOf(c: Clipping): Draft {
  return { ...emptyObligation, ...c.obligation, tags: c.tags, note: c.note }
}

export function sameValue(a: Draft[DraftField], b: Draft[DraftField]): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.join('\n') === b.join('\n') : a === b
}

/**
 * Merges a new server copy into the editor's values: fields the user has not
 * touched since `base` follow the server (an undo, a bulk edit in the table),
 * fields being edited keep what the user typed.
 */
export function mergeDraft(base: Draft, local: Draft, server: Draft): Draft {
  const out = { ...server }
  for (const key of Object.keys(server) as DraftField[]) {
    if (!sameValue(local[key], base[key])) Object.assign(out, { [key]: local[key] })
  }
  return out
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return (Object.keys(a) as DraftField[]).every((k) => sameValue(a[k], b[k]))
}

/** The patch for the given fields; an obligation whose fields are all empty is removed rather than stored empty. */
export function patchFor(values: Draft, fields: ReadonlySet<DraftField>, hadObligation: boolean): ClippingPatch {
  const patch: ClippingPatch = {}
  if (fields.has('tags')) patch.tags = [...values.tags]
  if (fields.has('note')) patch.note = values.note
  if (obligationFields.some((f) => fields.has(f))) {
    const obligation: Obligation = {
      type: values.type,
      modality: values.modality,
      bearer: values.bearer,
      scope: values.scope,
      instrument: values.instrument,
      stance: values.stance,
    }
    const empty = obligationFields.every((f) => !obligation[f])
    if (!empty) patch.obligation = obligation
    else if (hadObligation) patch.obligation = null
  }
  return patch
}
