// Enough text to decide, little enough that a 100 MB file costs nothing.
const SAMPLE_CHARS = 20_000
const MIN_LETTERS = 20

// Scripts that name their language well enough for a first guess; the user
// can correct it (Ukrainian in Cyrillic, Persian in Arabic script are rarer
// in this field than Russian and Arabic).
const SCRIPTS: ReadonlyArray<{ tag: string; re: RegExp }> = [
  { tag: 'ar', re: /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/gu },
  { tag: 'ru', re: /\p{Script=Cyrillic}/gu },
  { tag: 'zh', re: /\p{Script=Han}/gu },
  { tag: 'ja', re: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { tag: 'ko', re: /\p{Script=Hangul}/gu },
  { tag: 'he', re: /\p{Script=Hebrew}/gu },
  { tag: 'el', re: /\p{Script=Greek}/gu },
  { tag: 'latin', re: /\p{Script=Latin}/gu },
]

// Frequent function words, chosen so that each list has words the others lack.
const STOPWORDS: Record<string, string> = {
  en: 'the and of to is that for it with as was on are by this be which have from not',
  fr: 'le la les des et est une du dans que qui pour pas sur au avec ce sont par aux',
  de: 'der die und das ist nicht mit den von zu ein eine sich auf dem des im für auch werden',
  es: 'el la los las de que y en del por con una para es se como más al su lo',
  nl: 'de het een van en is dat op te zijn niet voor met die aan er ook wordt bij door',
  it: 'il di che la per non una sono del della le con gli si nel è alla da questo',
  pt: 'o a os de que e do da em um uma para com não se por mais as dos das',
}

const STOPWORD_SETS = Object.entries(STOPWORDS).map(([tag, words]) => ({ tag, words: new Set(words.split(' ')) }))

/**
 * Guesses the main language of a text from its script and, for Latin script,
 * from its commonest words. Returns a BCP 47 primary tag ("en", "fr", "ru",
 * "zh", "ar"...) or undefined when the text is too short or too mixed to say.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE_CHARS)
  const counts = SCRIPTS.map(({ tag, re }) => ({ tag, count: sample.match(re)?.length ?? 0 }))
  const letters = counts.reduce((sum, c) => sum + c.count, 0)
  if (letters < MIN_LETTERS) return undefined
  const top = counts.reduce((best, c) => (c.count > best.count ? c : best))
  const kana = counts.find((c) => c.tag === 'ja')?.count ?? 0
  // Japanese mixes Han with kana; Chinese has (almost) none.
  if ((top.tag === 'zh' || top.tag === 'ja') && kana > 0.05 * letters) return 'ja'
  if (top.tag !== 'latin') return top.count >= 0.3 * letters ? top.tag : undefined
  return guessLatinLanguage(sample)
}

function guessLatinLanguage(sample: string): string | undefined {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  const scores = STOPWORD_SETS.map(({ tag, words: set }) => ({
    tag,
    score: words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0),
  })).sort((a, b) => b.score - a.score)
  const [first, second] = scores
  if (!first || first.score < 3) return undefined
  // Shared words (de, la, en, is...) make close scores meaningless.
  if (second && first.score < 1.2 * second.score) return undefined
  return first.tag
}
