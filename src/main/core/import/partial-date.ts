/** Builds "YYYY", "YYYY-MM" or "YYYY-MM-DD" from captured parts, dropping parts that are missing or out of range. */
export function toPartialDate(year: string, month?: string, day?: string): string {
  if (!month || Number(month) < 1 || Number(month) > 12) return year
  if (!day || Number(day) < 1 || Number(day) > 31) return `${year}-${month}`
  return `${year}-${month}-${day}`
}
