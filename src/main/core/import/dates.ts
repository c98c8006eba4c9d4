// Month names as they appear in article headers, accents stripped (see monthOf).
// Russian dates use the genitive ("15 февраля"), headings the nominative.
const MONTH_NAMES: readonly string[] = [
  'january jan janvier январь января',
  'february feb fevrier февраль февраля',
  'march mar mars март марта',
  'april apr avril апрель апреля',
  'may mai маи мая',
  'june jun juin июнь июня',
  'july jul juillet июль июля',
  'august aug aout август августа',
  'september sep sept septembre сентябрь сентября',
  'october oct octobre октябрь октября',
  'november nov novembre ноябрь ноября',
  'december dec decembre декабрь декабря',
]

const MONTHS = new Map<string, number>(
  MONTH_NAMES.flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)),
)

const WEEKDAY =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+/iu

// What may follow a date without making the line something else: a time
// ("at 2:30 pm", "T13:36:31+02:00", "15:39 -0600") or the Russian "года"/"г.".
const TAIL = String.raw`(?:(?:[T\s,]+(?:at\s+)?\d{1,2}:\d{2}\S*(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|\s*[+-]\d{2}:?\d{2})?)|\s+(?:года|г\.))?`

const PATTERNS: ReadonlyArray<{ re: RegExp; order: 'ymd' | 'mdy' | 'dmy' | 'my' }> = [
  { re: new RegExp(String.raw`^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?${TAIL}$`, 'iu'), order: 'ymd' },
  { re: new RegExp(String.raw`^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$`, 'u'), order: 'ymd' },
  { re: new RegExp(String.raw`^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TAIL}$`, 'iu'), order: 'mdy' },
  { re: new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(\p{L}+)\.?,?\s+(\d{4})${TAIL}$`, 'iu'), order: 'dmy' },
  { re: new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TAIL}$`, 'iu'), order: 'dmy' },
  { re: new RegExp(String.raw`^(\p{L}+)\.?,?\s+(\d{4})${TAIL}$`, 'iu'), order: 'my' },
]

/**
 * Reads a date written on its own ("March 28, 2024", "October 27th, 2011",
 * "27 October 2011", "4 mai 2015", "15 февраля 2017 года", "October 2011",
 * "2011", "2011-10-27T13:36:31+02:00", "19.12.2009", "2016年11月7日") as a
 * partial ISO date ("2024-03-28", "2011-10", "2011"). Text that is more than
 * a date, or an impossible date, gives undefined.
 */
export function parsePartialDate(text: string): string | undefined {
  const input = text.trim().replace(/\s+/g, ' ').replace(WEEKDAY, '')
  for (const { re, order } of PATTERNS) {
    const m = re.exec(input)
    if (!m) continue
    const [a = '', b, c] = [m[1], m[2], m[3]]
    if (order === 'ymd') return format(a, b, c)
    if (order === 'my') return format(b ?? '', String(monthOf(a) ?? ''))
    if (order === 'mdy') return format(c ?? '', String(monthOf(a) ?? ''), b)
    const month = /^\d+$/.test(b ?? '') ? b : String(monthOf(b ?? '') ?? '')
    return format(c ?? '', month, a)
  }
  return undefined
}

/**
 * The most precise valid partial date from a date's captured parts
 * (metadata fields such as "D:20240328" or "2022-06-30T21:57:00Z"): a
 * month or day out of range is dropped rather than refusing the year.
 */
export function partialDateFromParts(year: string, month?: string, day?: string): string | undefined {
  return format(year, month, day) ?? format(year, month) ?? format(year)
}

function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))
}

function format(year: string, month?: string, day?: string): string | undefined {
  const y = Number(year)
  if (!/^\d{4}$/.test(year) || y < 1000) return undefined
  if (month === undefined) return year
  const m = Number(month)
  if (!Number.isInteger(m) || m < 1 || m > 12) return undefined
  const ym = `${year}-${String(m).padStart(2, '0')}`
  if (day === undefined) return ym
  const d = Number(day)
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (!Number.isInteger(d) || d < 1 || d > daysInMonth) return undefined
  return `${ym}-${String(d).padStart(2, '0')}`
}
