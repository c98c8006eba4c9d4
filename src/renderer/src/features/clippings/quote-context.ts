import { CONTEXT_LENGTH } from '../../../../shared/anchors'

/*
 * The context stored around a quote is cut at a fixed length, usually in the
 * middle of a word. For display it stops at a paragraph break or else at a
 * whole word, with an ellipsis only where the sentence really goes on.
 */

export function leadingContext(prefix: string): string {
  const lineStart = prefix.lastIndexOf('\n')
  if (lineStart !== -1) return prefix.slice(lineStart + 1)
  if (prefix.length < CONTEXT_LENGTH) return prefix
  const cut = prefix.search(/\s/)
  return `…${cut === -1 ? prefix : prefix.slice(cut + 1)}`
}

export function trailingContext(suffix: string): string {
  const lineEnd = suffix.indexOf('\n')
  if (lineEnd !== -1) return suffix.slice(0, lineEnd)
  if (suffix.length < CONTEXT_LENGTH) return suffix
  const cut = suffix.search(/\s\S*$/)
  return `${cut === -1 ? suffix : suffix.slice(0, cut)}…`
}
