import { z } from 'zod'
import { clippingSchema, sourceSchema } from '../../../shared/model'

/*
 * Format 1 (the first release) kept each source's clippings inside its
 * source.json, so an edit rewrote all of them. Its other files have the
 * shape they still have. Kept so that workspaces of that format still
 * open, read-only or to be migrated by their writer.
 */
export const format1SourceFileSchema = z.object({
  formatVersion: z.literal(1),
  source: sourceSchema,
  clippings: z.array(clippingSchema),
})
