/**
 * Counts the characters of `text` by kind. A text uses a few hundred
 * distinct characters, so `kindOf`, however costly, is asked once for each
 * rather than at every occurrence.
 */
export function countCharKinds<K>(text: string, kindOf: (codePoint: number) => K): Map<K, number> {
  const perChar = new Map<number, number>()
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!
    if (codePoint > 0xffff) i++
    perChar.set(codePoint, (perChar.get(codePoint) ?? 0) + 1)
  }
  const counts = new Map<K, number>()
  for (const [codePoint, n] of perChar) {
    const kind = kindOf(codePoint)
    counts.set(kind, (counts.get(kind) ?? 0) + n)
  }
  return counts
}
