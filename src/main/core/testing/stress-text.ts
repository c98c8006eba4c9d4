import type { SeededRandom } from './seeded-random'

// Treaty vocabulary in several scripts, plus characters outside the Basic
// Multilingual Plane: random offsets then split surrogate pairs too, which
// the JSON files must carry without loss.
const WORDS = [
  'Each', 'State', 'Party', 'shall', 'should', 'may', 'not', 'take', 'appropriate', 'measures',
  'critical', 'infrastructure', 'incident', 'report', 'cooperation', 'assistance', 'request',
  'competent', 'authority', 'within', 'reasonable', 'time', 'territory', 'jurisdiction',
  'coopération', 'État', 'partie', 'сотрудничество', 'государство', '合作', '关键基础设施',
  'التعاون', 'الدولة', 'naïve', 'façade', '𝒜rticle', '🛰️', '∞',
]

/** A sentence of random treaty words. */
export function sentence(rng: SeededRandom, min = 5, max = 14): string {
  const words = Array.from({ length: rng.int(min, max) }, () => rng.pick(WORDS))
  return `${words.join(' ')}.`
}

/** A paragraph-sized text: a unique first line (so no two sources share a text) and random sentences. */
export function sourceText(rng: SeededRandom, unique: string): string {
  const sentences = Array.from({ length: rng.int(6, 30) }, () => sentence(rng))
  const lines: string[] = [`Record ${unique}.`]
  for (let i = 0; i < sentences.length; i += rng.int(2, 5)) lines.push(sentences.slice(i, i + 4).join(' '))
  return lines.join(rng.chance(0.2) ? '\r\n' : '\n')
}

/** A short free text for notes, bearers and scopes. */
export function phrase(rng: SeededRandom): string {
  return sentence(rng, 1, 6).slice(0, -1)
}

/** A random #rrggbb colour. */
export function colour(rng: SeededRandom): string {
  return `#${rng.u32().toString(16).padStart(8, '0').slice(0, 6)}`
}
