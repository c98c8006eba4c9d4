import { z } from 'zod'
import { AppError } from '../../../shared/errors'
import { clippingSchema, draftSchema, idSchema, sourceSchema, tagSchema } from '../../../shared/model'

export const PACK_FORMAT = 'clausewright-clause-pack' as const
export const PACK_FORMAT_VERSION = 1 as const

/**
 * The JSON clause pack: a draft, the clippings it cites, their sources'
 * metadata and full text (so another workspace can re-create the sources and
 * still verify every quote), and the codebook tags those clippings use, with
 * their ancestors (so tags can be matched by name under their parent).
 * `tags` and `texts` were added within format 1; a pack written before them
 * still reads, and imports where its sources and tags already exist.
 */
export const clausePackSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  draft: draftSchema,
  clippings: z.array(clippingSchema),
  sources: z.array(sourceSchema),
  tags: z.array(tagSchema).default([]),
  /** Each source's stored (normalised) text, by source id. */
  texts: z.record(idSchema, z.string()).default({}),
})
export type JsonClausePack = z.output<typeof clausePackSchema>

const HINT = 'Nothing was imported. Export the pack again from its workspace (clausewright export --format json) and import that file unchanged.'

/** "clippings[3].quote": a zod issue path as the pack's JSON spells it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('') || '(the whole pack)'
}

/** An invalid pack: names the field, says nothing was written and what to do. */
export function packError(field: string, problem: string): AppError {
  return new AppError({ code: 'invalid-input', message: `This clause pack cannot be imported: ${field}: ${problem}.`, hint: HINT, field })
}

/** Parses and validates a clause pack's JSON text; throws an AppError naming the first bad field. */
export function parseClausePack(json: string): JsonClausePack {
  let data: unknown
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''))
  } catch (err) {
    throw packError('(the whole pack)', `it is not valid JSON (${(err as Error).message})`)
  }
  const header = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
  if (header.format !== PACK_FORMAT) {
    throw packError('format', `expected "${PACK_FORMAT}"; this file is not a Clausewright clause pack`)
  }
  if (typeof header.formatVersion === 'number' && header.formatVersion > PACK_FORMAT_VERSION) {
    throw new AppError({
      code: 'newer-format',
      message: `This clause pack has format version ${header.formatVersion}, newer than this Clausewright reads (${PACK_FORMAT_VERSION}).`,
      hint: 'Update Clausewright to import it. Nothing was imported.',
      field: 'formatVersion',
    })
  }
  const parsed = clausePackSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw packError(fieldPath(issue?.path ?? []), issue?.message ?? 'invalid')
  }
  return parsed.data
}
