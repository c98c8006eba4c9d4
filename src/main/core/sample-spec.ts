import { z } from 'zod'
import {
  idSchema,
  obligationSchema,
  paragraphStatuses,
  partialDateSchema,
  sourceKindSchema,
  tagSchema,
} from '../../shared/model'

/** resources/starter-codebook.json: the codebook every new workspace starts with. */
export const starterCodebookSchema = z.object({ tags: z.array(tagSchema) }).strict()

const sampleParagraphSchema = z
  .object({
    id: idSchema,
    text: z.string().min(1),
    clippingIds: z.array(idSchema),
    status: z.enum(paragraphStatuses),
  })
  .strict()

/**
 * resources/sample-workspace/sample.json: the sample workspace as a recipe.
 * Clippings name their quote rather than offsets; the builder finds each
 * quote in its text, so the sample can never carry a broken anchor.
 */
export const sampleSpecSchema = z
  .object({
    name: z.string().min(1),
    sources: z.array(
      z
        .object({
          id: idSchema,
          kind: sourceKindSchema,
          title: z.string().min(1),
          authors: z.array(z.string().min(1)),
          publisher: z.string(),
          date: partialDateSchema.or(z.literal('')),
          url: z.string(),
          language: z.string(),
          note: z.string(),
          textFile: z.string().regex(/^[a-z0-9-]+\.md$/),
          clippings: z.array(
            z
              .object({
                id: idSchema,
                quote: z.string().min(1),
                tags: z.array(idSchema),
                obligation: obligationSchema.optional(),
                note: z.string(),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    drafts: z.array(
      z
        .object({
          id: idSchema,
          title: z.string().min(1),
          preamble: z.array(sampleParagraphSchema),
          articles: z.array(
            z.object({ id: idSchema, title: z.string(), paragraphs: z.array(sampleParagraphSchema) }).strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict()
export type SampleSpec = z.infer<typeof sampleSpecSchema>
