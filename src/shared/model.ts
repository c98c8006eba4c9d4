import { z } from 'zod'

/** Partial ISO dates: "2011", "2011-10" or "2011-10-27". */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')

export const sourceKinds = ['article', 'treaty', 'report', 'statement', 'note'] as const
export const sourceKindSchema = z.enum(sourceKinds)
export type SourceKind = z.infer<typeof sourceKindSchema>

export const sourceFormats = ['text', 'markdown', 'html', 'pdf', 'docx', 'pasted'] as const

export const idSchema = z.string().regex(/^[a-z]+_[0-9a-z]{6,32}$/, 'not a valid id')
const timestampSchema = z.iso.datetime()

export const sourceSchema = z.object({
  id: idSchema,
  kind: sourceKindSchema,
  title: z.string().trim().min(1, 'a source needs a title').max(500),
  authors: z.array(z.string().trim().min(1).max(200)).max(50),
  publisher: z.string().max(300),
  date: partialDateSchema.or(z.literal('')),
  url: z.string().max(2000),
  language: z.string().max(35),
  importedAt: timestampSchema,
  format: z.enum(sourceFormats),
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  textLength: z.number().int().nonnegative(),
  pages: z.array(z.number().int().nonnegative()).optional(),
  note: z.string().max(20000),
})
export type Source = z.infer<typeof sourceSchema>

export const modalities = ['shall', 'shall not', 'should', 'should not', 'may', 'must'] as const
export type Modality = (typeof modalities)[number]
export const stances = ['supports', 'opposes', 'neutral'] as const

/**
 * Type and instrument point at codebook tags (so users extend and rename
 * them); modality and stance are closed vocabularies because their meaning
 * (binding or not, for or against) drives drafting and must not drift.
 */
export const obligationSchema = z.object({
  type: idSchema.nullable(),
  modality: z.enum(['', ...modalities]),
  bearer: z.string().max(200),
  scope: z.string().max(500),
  instrument: idSchema.nullable(),
  stance: z.enum(['', ...stances]),
})
export type Obligation = z.infer<typeof obligationSchema>

export const clippingSchema = z
  .object({
    id: idSchema,
    sourceId: idSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    quote: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
    page: z.number().int().positive().optional(),
    tags: z.array(idSchema),
    obligation: obligationSchema.optional(),
    note: z.string().max(20000),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine((c) => c.end > c.start, { message: 'end must be after start', path: ['end'] })
export type Clipping = z.infer<typeof clippingSchema>

/** A root tag may declare the obligation field its subtree supplies. */
export const tagFacets = ['type', 'instrument', 'sector'] as const

export const tagSchema = z.object({
  id: idSchema,
  parentId: idSchema.nullable(),
  facet: z.enum(tagFacets).optional(),
  name: z.string().trim().min(1).max(120),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'use a #rrggbb colour'),
  description: z.string().max(2000),
})
export type Tag = z.infer<typeof tagSchema>

export const paragraphStatuses = ['draft', 'proposed', 'agreed', 'bracketed'] as const

export const paragraphSchema = z.object({
  id: idSchema,
  text: z.string().max(20000),
  clippingIds: z.array(idSchema),
  status: z.enum(paragraphStatuses),
  alternatives: z.array(z.string().max(20000)).optional(),
})
export type Paragraph = z.infer<typeof paragraphSchema>

export const articleSchema = z.object({
  id: idSchema,
  title: z.string().max(300),
  paragraphs: z.array(paragraphSchema),
})
export type Article = z.infer<typeof articleSchema>

export const draftSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1).max(300),
  preamble: z.array(paragraphSchema),
  articles: z.array(articleSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type Draft = z.infer<typeof draftSchema>
