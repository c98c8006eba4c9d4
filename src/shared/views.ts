import { z } from 'zod'
import { idSchema } from './model'

/** What a saved view remembers of a table: filters, sort and visible columns. */
export const tableStateSchema = z
  .object({
    globalFilter: z.string().max(500),
    columnFilters: z.array(z.object({ id: z.string().max(100), value: z.unknown() })).max(50),
    sorting: z.array(z.object({ id: z.string().max(100), desc: z.boolean() })).max(10),
    columnVisibility: z.record(z.string().max(100), z.boolean()),
  })
  .strict()
export type TableState = z.infer<typeof tableStateSchema>

export const savedViewSchema = z
  .object({
    id: idSchema,
    name: z.string().trim().min(1, 'give the view a name').max(120),
    table: z.enum(['clippings', 'sources']),
    state: tableStateSchema,
  })
  .strict()
export type SavedView = z.infer<typeof savedViewSchema>

export const saveViewInput = z
  .object({
    /** Saving under an existing view's id replaces it. */
    id: idSchema.optional(),
    name: savedViewSchema.shape.name,
    table: savedViewSchema.shape.table,
    state: tableStateSchema,
  })
  .strict()
