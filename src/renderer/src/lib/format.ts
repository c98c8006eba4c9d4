/** "1 source", "4 sources". */
export function countOf(n: number, one: string, other: string): string {
  return `${n} ${n === 1 ? one : other}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/**
 * A timestamp as a local YYYY-MM-DD date: unambiguous for an international
 * readership, and sorts the same way it reads.
 */
export function formatDay(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The same, with the local time, for detail panes. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${formatDay(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}
