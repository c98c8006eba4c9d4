import type { HtmlElement } from './html-tree'

/*
 * What an element's class, id and role say about its content. Words match
 * at the start of a word of the name, camelCase counting as words
 * ("commentList", "comment-list" and "comments" all name comments), so
 * that "commentary" or "address" are not taken for "comment" or "ad".
 */

// Page furniture: left out of the article unless the name also says content.
const FURNITURE = new RegExp(
  '(?:^|[^a-z])(?:' +
    [
      'ads?(?![a-z0-9])',
      'advert',
      'agegate',
      'banner',
      'breadcrumb',
      'combx',
      'comment(?!ar)',
      'community',
      'consent',
      'cookie',
      'disqus',
      'footer',
      'gdpr',
      'header',
      'legends',
      'masthead',
      'menu',
      'nav',
      'newsletter',
      'outbrain',
      'pager',
      'pagination',
      'popup',
      'promo',
      'related',
      'remark',
      'repl(?:y|ies)',
      'rss',
      'share',
      'sharing',
      'shoutbox',
      'side-?bar',
      'skyscraper',
      'social',
      'sponsor',
      'subscribe',
      'supplemental',
      'taboola',
      'toolbar',
      'widget',
    ].join('|') +
    ')',
)
// Said of furniture, and also of parts of a page that are rarely the article itself.
const NEGATIVE = new RegExp(`${FURNITURE.source}|(?:^|[^a-z])(?:contact|hidden|media|meta|scroll|shopping|tags?(?![a-z]))`)
const POSITIVE = /(?:^|[^a-z])(?:article|blog|body|content|entry|hentry|main|page|post|story|text)s?(?![a-z])/
const FURNITURE_ROLES = new Set(['alert', 'alertdialog', 'banner', 'complementary', 'contentinfo', 'dialog', 'menu', 'menubar', 'navigation', 'search'])
// Whatever their names say, these hold what the page is about, or words of a sentence (a heading's anchor, a highlighted term).
const NEVER_FURNITURE = new Set(
  ('html body article main h1 h2 h3 h4 h5 h6 a abbr b bdi bdo cite code data dfn em font i kbd label mark q s samp small span strong sub sup time u var').split(
    ' ',
  ),
)
// An id this many words long was made from a heading ("dont-indent-strings-in-comments"): it names the text, not a part of the page.
const SLUG_WORDS = 5
const NAME_WEIGHT = 25
const BYLINE = /(?:^|[^a-z])(?:by-?line|authors?|dateline|writtenby)(?![a-z])/

/** A class or id as lower-case words ("articleBody" becomes "article-body"). */
function words(value: string | undefined): string {
  return value ? value.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase() : ''
}

// The finder asks about each element several times (furniture, weight, byline): its names are worked out once.
const namesCache = new WeakMap<HtmlElement, [string, string]>()

/** The words of an element's class and of its id, unless the id is a heading's slug. */
function namesOf(element: HtmlElement): [string, string] {
  let names = namesCache.get(element)
  if (!names) {
    const id = words(element.attributes.id)
    names = [words(element.attributes.class), id.split(/[^a-z0-9]+/).filter(Boolean).length >= SLUG_WORDS ? '' : id]
    namesCache.set(element, names)
  }
  return names
}

/** Whether the element is page furniture by its role, its tag (aside, footer) or its class and id; words of a sentence never are. */
export function isFurniture(element: HtmlElement): boolean {
  if (NEVER_FURNITURE.has(element.name)) return false
  const { role } = element.attributes
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true
  const named = namesOf(element).join(' ')
  if (POSITIVE.test(named)) return false
  return element.name === 'aside' || element.name === 'footer' || FURNITURE.test(named)
}

/** How much an element's class and id vouch for it as content: +25 for each that says content, -25 for each that says otherwise. */
export function nameWeight(element: HtmlElement): number {
  let weight = 0
  for (const named of namesOf(element)) {
    if (named === '') continue
    if (NEGATIVE.test(named)) weight -= NAME_WEIGHT
    if (POSITIVE.test(named)) weight += NAME_WEIGHT
  }
  return weight
}

/** Whether the element says it holds the author's name: rel="author", itemprop="author", or a class or id naming a byline. */
export function namesAuthor(element: HtmlElement): boolean {
  const { rel, itemprop } = element.attributes
  if (hasWord(rel, 'author') || hasWord(itemprop, 'author')) return true
  return BYLINE.test(namesOf(element).join(' '))
}

function hasWord(value: string | undefined, word: string): boolean {
  return value !== undefined && value.toLowerCase().split(/\s+/).includes(word)
}
