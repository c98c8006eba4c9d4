import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { checkNesting, treeDepth } from './html-nesting'
import type { DomElement } from './html-to-text'
import { ImportError } from './types'

describe('checkNesting', () => {
  it('accepts ordinary pages, unclosed paragraphs and list items included', () => {
    expect(() => checkNesting('<ul>' + '<li><p>item'.repeat(5000) + '</ul><br><img src=x><hr/>')).not.toThrow()
  })

  it('ignores tags inside scripts, styles and comments', () => {
    const script = `<script>${'"<div>"+'.repeat(3000)}""</script><!-- ${'<div>'.repeat(3000)} -->`
    expect(() => checkNesting(script, 100)).not.toThrow()
  })

  it('refuses absurd nesting quickly', () => {
    const html = '<div>'.repeat(200_000)
    const started = performance.now()
    expect(() => checkNesting(html)).toThrow(ImportError)
    expect(() => checkNesting(html)).toThrow(/nested more than 1000 levels deep/)
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('stays linear on stray angle brackets', () => {
    const started = performance.now()
    checkNesting('<1'.repeat(200_000) + '>')
    checkNesting('<a'.repeat(200_000))
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('treeDepth', () => {
  it('measures a wide tree in linear time', () => {
    const { document } = parseHTML(`<html><body>${'<br>'.repeat(30_000)}<div><p>x</p></div></body></html>`) as unknown as {
      document: { documentElement: DomElement }
    }
    const started = performance.now()
    expect(treeDepth(document.documentElement)).toBe(3)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
