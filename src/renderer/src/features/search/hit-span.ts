import type { SearchHit } from '../../../../shared/api'

/**
 * How much of the source to mark when a hit is opened: the first run of
 * highlights in the snippet, so that a phrase such as "critical
 * infrastructure" flashes whole. Highlights joined by no more than a space
 * or a punctuation mark count as one run.
 */
export function hitLength(hit: SearchHit): number {
  const { text, highlights } = hit.snippet
  const sorted = [...highlights].sort((a, b) => a[0] - b[0])
  const first = sorted[0]
  if (!first) return 0
  let end = first[1]
  for (const [start, stop] of sorted.slice(1)) {
    if (start < end || !/^[\s\p{P}]{0,3}$/u.test(text.slice(end, start))) break
    end = stop
  }
  return end - first[0]
}
