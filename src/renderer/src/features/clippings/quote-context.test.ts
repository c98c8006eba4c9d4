import { describe, it, expect } from 'vitest'
import { leadingContext, trailingContext } from './quote-context'

const full = (s: string) => s.padStart(32, 'x')

describe('quote context', () => {
  it('starts the prefix at a whole word', () => {
    expect(leadingContext(full('ond restraint. In our summary, '))).toBe('…restraint. In our summary, ')
  })

  it('shows a prefix that reaches the start of the text as is', () => {
    expect(leadingContext('The ')).toBe('The ')
  })

  it('starts after a paragraph break without an ellipsis', () => {
    expect(leadingContext(full('sector.\n\nSecond, protection. '))).toBe('Second, protection. ')
  })

  it('ends the suffix at a whole word or a paragraph break', () => {
    expect(trailingContext(' where such operations breach int')).toBe(' where such operations breach…')
    expect(trailingContext(' by sector.\n\nThird, help. The n')).toBe(' by sector.')
  })
})
