import { describe, expect, it } from 'vitest'
import { isFurniture, nameWeight, namesAuthor } from './element-names'
import type { HtmlElement } from './html-tree'

const element = (name: string, attributes: HtmlElement['attributes'] = {}): HtmlElement => ({
  kind: 'element',
  name,
  attributes,
  children: [],
  parent: null,
  index: 0,
})

describe('isFurniture', () => {
  it('knows furniture by class, id, role and tag, camelCase and plurals included', () => {
    for (const attributes of [{ class: 'comments-area' }, { id: 'commentList' }, { class: 'site-header' }, { class: 'share_buttons' }, { id: 'sideBar' }, { class: 'ad' }, { role: 'navigation' }]) {
      expect(isFurniture(element('div', attributes))).toBe(true)
    }
    expect(isFurniture(element('aside'))).toBe(true)
    expect(isFurniture(element('footer'))).toBe(true)
  })

  it('does not take a word for the one it starts with or ends in', () => {
    for (const attributes of [{ class: 'commentary' }, { class: 'address' }, { class: 'subheader-text' }, { class: 'footnote' }, { id: 'id-0090ede7-cbad-4ad5' }]) {
      expect(isFurniture(element('div', attributes))).toBe(false)
    }
  })

  it('lets a name that says content win, and never takes the body, a heading or words of a sentence for furniture', () => {
    expect(isFurniture(element('div', { class: 'article-header' }))).toBe(false)
    expect(isFurniture(element('aside', { class: 'entry-content' }))).toBe(false)
    for (const name of ['body', 'article', 'main', 'h2', 'a', 'span']) expect(isFurniture(element(name, { class: 'header' }))).toBe(false)
  })

  it('reads an id made from a heading as the heading, not as a name', () => {
    expect(isFurniture(element('section', { id: 'dont-indent-strings-in-comments' }))).toBe(false)
    expect(isFurniture(element('section', { id: 'top-comments' }))).toBe(true)
  })
})

describe('nameWeight', () => {
  it('adds for names that say content and takes away for the others, class and id each', () => {
    expect(nameWeight(element('div', { class: 'entry-content', id: 'articleBody' }))).toBe(50)
    expect(nameWeight(element('div', { class: 'meta tags' }))).toBe(-25)
    expect(nameWeight(element('div', { class: 'plain' }))).toBe(0)
  })
})

describe('namesAuthor', () => {
  it('knows a byline by rel, itemprop, class or id', () => {
    for (const attributes of [{ rel: 'author external' }, { itemprop: 'author' }, { class: 'byline' }, { class: 'post-author' }, { id: 'authors' }]) {
      expect(namesAuthor(element('span', attributes))).toBe(true)
    }
    expect(namesAuthor(element('span', { class: 'authority' }))).toBe(false)
  })
})
