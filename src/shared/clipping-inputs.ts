import { z } from 'zod'
import { idSchema, obligationSchema } from './model'

const tagIds = z.array(idSchema).max(200)

export const createClippingInput = z
  .object({
    sourceId: idSchema,
    /** Offsets into the source's stored text (see OFFSET_UNIT in anchors.ts). */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    tags: tagIds.default([]),
    obligation: obligationSchema.optional(),
    note: z.string().max(20000).default(''),
  })
  .strict()

export const clippingPatchSchema = z
  .object({
    tags: tagIds,
    /** null removes the obligation fields from the clipping. */
    obligation: obligationSchema.nullable(),
    note: z.string().max(20000),
    /** Resizing: new offsets; the quote and its context are taken again from the text. */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .partial()
  .strict()
export type ClippingPatch = z.infer<typeof clippingPatchSchema>

export const bulkClippingInput = z
  .object({
    ids: z.array(idSchema).min(1).max(100_000),
    addTags: tagIds.default([]),
    removeTags: tagIds.default([]),
    /** Fields to set on every clipping's obligation; others stay as they are. */
    obligation: obligationSchema.partial().default({}),
  })
  .strict()

export const deleteClippingsInput = z.object({ ids: z.array(idSchema).min(1).max(100_000) }).strict()
