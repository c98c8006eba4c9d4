/*
 * CSV as RFC 4180 describes it, tuned for the spreadsheet our users open it
 * in: a byte-order mark so Excel reads accents as UTF-8, CRLF line ends, and
 * no cell that a spreadsheet would run as a formula.
 */

const BOM = '\uFEFF'
const CRLF = '\r\n'

/**
 * Cells that start with one of these are formulas to a spreadsheet, even in
 * quotes (OWASP "CSV injection"); an apostrophe makes them plain text.
 * Tab and carriage return are on the list because some spreadsheets strip
 * them before looking at the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** One field: formula starts neutralised, quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** A whole file: the header line, then one line per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','))
  return BOM + lines.join(CRLF) + CRLF
}

/** "clausewright-clippings-2025-03-09.csv", in the user's local date. */
export function csvFileName(what: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `clausewright-${what}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`
}
