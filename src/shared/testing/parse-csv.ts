/**
 * Reads CSV as toCsv writes it (RFC 4180: quoted fields, doubled quotes,
 * CRLF rows), without the byte-order mark, so tests can check what a
 * spreadsheet would see in each cell.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      record.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(cell)
      records.push(record)
      record = []
      cell = ''
      i++
    } else cell += ch
  }
  if (record.length > 0 || cell !== '') throw new Error('CSV does not end with a line break')
  return records
}
