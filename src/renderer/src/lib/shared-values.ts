import type { ClippingRow } from '../../../shared/api'

/**
 * Makes the rows hold one copy of each value many of them repeat (a
 * source's title, a timestamp, a tag id, a bearer...). Each row crosses
 * from the main process with copies of its own: at 100,000 clippings the
 * repeats took about 20 MB of the window's heap. Unique texts (quotes,
 * notes, ids) are left as they are. Changes the rows in place, which are
 * new from the call that listed them.
 */
export function shareRepeatedValues(rows: ClippingRow[]): ClippingRow[] {
  const known = new Map<string, string>()
  const one = (value: string): string => {
    const kept = known.get(value)
    if (kept !== undefined) return kept
    known.set(value, value)
    return value
  }
  const oneOrNull = (value: string | null): string | null => (value === null ? null : one(value))
  for (const row of rows) {
    row.sourceId = one(row.sourceId)
    row.sourceTitle = one(row.sourceTitle)
    row.sourceDate = one(row.sourceDate)
    row.createdAt = one(row.createdAt)
    row.updatedAt = one(row.updatedAt)
    for (let i = 0; i < row.tags.length; i++) row.tags[i] = one(row.tags[i] as string)
    const o = row.obligation
    if (o) {
      o.type = oneOrNull(o.type)
      o.instrument = oneOrNull(o.instrument)
      o.bearer = one(o.bearer)
      o.scope = one(o.scope)
      o.modality = one(o.modality) as typeof o.modality
      o.stance = one(o.stance) as typeof o.stance
    }
  }
  return rows
}
