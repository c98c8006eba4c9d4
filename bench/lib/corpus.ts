import { seededRandom } from './measure'

const SYLLABLES = ['ka', 'to', 're', 'mi', 'su', 'na', 'lo', 've', 'di', 'pa', 'ri', 'co', 'ne', 'ta', 'ul', 'or', 'en', 'as']
const LEGAL = ['State', 'Party', 'shall', 'should', 'may', 'critical', 'infrastructure', 'cooperate', 'measures', 'assistance', 'report', 'incident', 'operators', 'national', 'authority', 'information', 'security', 'protect']

/** A vocabulary of `size` made-up words, the first ones being treaty words, so a Zipf draw looks like prose. */
export function vocabulary(size: number, seed = 7): string[] {
  const random = seededRandom(seed)
  const words = [...LEGAL]
  while (words.length < size) {
    const n = 2 + Math.floor(random() * 3)
    let w = ''
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)]
    words.push(w)
  }
  return words
}

/** Deterministic prose of about `chars` characters: Zipf-distributed words in sentences and paragraphs. */
export function prose(chars: number, seed: number, words: string[]): string {
  const random = seededRandom(seed)
  const out: string[] = []
  let length = 0
  let sentence = 0
  while (length < chars) {
    const rank = Math.floor(Math.pow(random(), 2.2) * words.length)
    let word = words[rank] as string
    if (sentence === 0) word = word.charAt(0).toUpperCase() + word.slice(1)
    sentence++
    const end = sentence > 8 && random() < 0.12
    const piece = end ? `${word}.` : word
    out.push(piece)
    length += piece.length + 1
    if (end) {
      sentence = 0
      if (random() < 0.2) {
        out.push('\n\n')
        length += 2
      }
    }
  }
  return out.join(' ').replace(/ \n\n /g, '\n\n')
}
