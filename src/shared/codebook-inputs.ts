import { z } from 'zod'
import { idSchema } from './model'

const colour = z.string().regex(/^#[0-9a-f]{6}$/i, 'use a #rrggbb colour')

export const createTagInput = z
  .object({
    name: z.string().trim().min(1, 'give the tag a name').max(120),
    parentId: idSchema.nullable().default(null),
    colour: colour.optional(),
    description: z.string().max(2000).default(''),
  })
  .strict()

export const tagPatchSchema = z
  .object({
    name: z.string().trim().min(1, 'give the tag a name').max(120),
    /** Moving a tag: its new parent, or null for the top level. */
    parentId: idSchema.nullable(),
    colour,
    description: z.string().max(2000),
  })
  .partial()
  .strict()

export const mergeTagsInput = z
  .object({
    /** The tag that disappears: its clippings and children move to `intoId`. */
    fromId: idSchema,
    intoId: idSchema,
  })
  .strict()
