import { countCharKinds } from './char-kinds'

/**
 * Blocks that real documents are written in: Latin (with Vietnamese and
 * Romanian extras), Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic and
 * South-East Asian scripts, Georgian, Hangul, CJK and kana, the usual
 * punctuation and symbol blocks, emoji. Broken font maps land elsewhere: IPA
 * and spacing modifiers, Latin Extended-B, rare CJK extensions, the private
 * use area, controls and U+FFFD.
 */
const EXPECTED: ReadonlyArray<readonly [number, number]> = [
  [0x09, 0x0d], [0x20, 0x7e], [0xa0, 0x17f], [0x218, 0x21b], [0x300, 0x36f], [0x370, 0x58f], [0x590, 0x6ff],
  [0x750, 0x77f], [0x8a0, 0x8ff], [0x900, 0xdff], [0xe00, 0xeff], [0x10a0, 0x10ff], [0x1100, 0x11ff],
  [0x1e00, 0x1fff], [0x2000, 0x2bff], [0x3000, 0x30ff], [0x3130, 0x318f], [0x4e00, 0x9fff], [0xac00, 0xd7af],
  [0xf900, 0xfaff], [0xfb00, 0xfdff], [0xfe30, 0xfe4f], [0xfe70, 0xfeff], [0xff00, 0xffef], [0x1f000, 0x1faff],
]

function expected(codePoint: number): boolean {
  return EXPECTED.some(([low, high]) => codePoint >= low && codePoint <= high)
}

/** Looking at this many characters is enough to judge a text layer; it keeps the check cheap on big documents. */
export const GARBLE_SAMPLE = 200_000
const MAX_UNEXPECTED_SHARE = 0.02
const MIN_LETTER_SHARE = 0.3

type CharKind = 'space' | 'unexpected' | 'letter' | 'other'

function kindOf(codePoint: number): CharKind {
  if (codePoint === 0x20 || codePoint === 0x0a) return 'space'
  if (!expected(codePoint)) return 'unexpected'
  return /\p{L}/u.test(String.fromCodePoint(codePoint)) ? 'letter' : 'other'
}

/** Shares of unexpected characters and of letters among the non-space characters of a sample. */
export function textLayerProfile(text: string): { unexpected: number; letters: number; counted: number } {
  const counts = countCharKinds(text.slice(0, GARBLE_SAMPLE), kindOf)
  const unexpected = counts.get('unexpected') ?? 0
  const letters = counts.get('letter') ?? 0
  const counted = unexpected + letters + (counts.get('other') ?? 0)
  return { unexpected: counted ? unexpected / counted : 0, letters: counted ? letters / counted : 0, counted }
}

/**
 * True when a text layer is probably mapped to the wrong characters (fonts
 * without a proper Unicode map): too many characters from blocks no document
 * is written in, or almost no letters at all.
 */
export function looksGarbled(text: string): boolean {
  const profile = textLayerProfile(text)
  if (profile.counted < 50) return false
  return profile.unexpected > MAX_UNEXPECTED_SHARE || profile.letters < MIN_LETTER_SHARE
}
