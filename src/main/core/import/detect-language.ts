import { countCharKinds } from './char-kinds'

// Enough text to decide, little enough that a 100 MB file costs nothing.
const SAMPLE_CHARS = 20_000
const MIN_LETTERS = 20

// Scripts that name their language well enough for a first guess; the user
// can correct it (Ukrainian in Cyrillic, Persian in Arabic script are rarer
// in this field than Russian and Arabic).
const SCRIPTS: ReadonlyArray<{ tag: string; re: RegExp }> = [
  { tag: 'ar', re: /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u },
  { tag: 'ru', re: /\p{Script=Cyrillic}/u },
  { tag: 'zh', re: /\p{Script=Han}/u },
  { tag: 'ja', re: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { tag: 'ko', re: /\p{Script=Hangul}/u },
  { tag: 'he', re: /\p{Script=Hebrew}/u },
  { tag: 'el', re: /\p{Script=Greek}/u },
  { tag: 'latin', re: /\p{Script=Latin}/u },
]

/** The tag of the first of SCRIPTS the character is written in, or '' for none. */
function scriptOf(codePoint: number): string {
  const char = String.fromCodePoint(codePoint)
  return SCRIPTS.find(({ re }) => re.test(char))?.tag ?? ''
}

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

/** The languages each function word is frequent in. */
const STOPWORD_TAGS = new Map<string, string[]>()
for (const [tag, words] of Object.entries(STOPWORDS)) {
  for (const word of words.split(' ')) STOPWORD_TAGS.set(word, [...(STOPWORD_TAGS.get(word) ?? []), tag])
}

/**
 * Guesses the main language of a text from its script and, for Latin script,
 * from its commonest words. Returns a BCP 47 primary tag ("en", "fr", "ru",
 * "zh", "ar"...) or undefined when the text is too short or too mixed to say.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE_CHARS)
  const perScript = countCharKinds(sample, scriptOf)
  const counts = SCRIPTS.map(({ tag }) => ({ tag, count: perScript.get(tag) ?? 0 }))
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
  const scores = new Map(Object.keys(STOPWORDS).map((tag) => [tag, 0]))
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const tag of STOPWORD_TAGS.get(word) ?? []) scores.set(tag, (scores.get(tag) ?? 0) + 1)
  }
  const [first, second] = [...scores].map(([tag, score]) => ({ tag, score })).sort((a, b) => b.score - a.score)
  if (!first || first.score < 3) return undefined
  // Shared words (de, la, en, is...) make close scores meaningless.
  if (second && first.score < 1.2 * second.score) return undefined
  return first.tag
}
