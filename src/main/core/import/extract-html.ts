import { normaliseText } from '../text'
import { decodeText } from './decode-text'
import { detectLanguage } from './detect-language'
import { checkFileSize } from './extract-text'
import { findArticle } from './find-article'
import { findByline, readMetaTags } from './html-metadata'
import { htmlToText } from './html-to-text'
import { parseHtml } from './parse-html'
import { detectTextMetadata, splitAuthors } from './text-metadata'
import { ImportError, type DetectedMetadata, type Extractor } from './types'

/**
 * Reads an HTML page as plain text: metadata from its meta tags, JSON-LD
 * and byline, the article (navigation, scripts, comment threads and banners
 * left out; see findArticle) converted to paragraphs, or the whole body's
 * text less its furniture when no article is found. The page is only
 * parsed: nothing in it runs or loads.
 */
export const extractHtml: Extractor = async (bytes, context) => {
  checkFileSize(bytes, context)
  const decoded = decodeText(bytes, { html: true })
  const warnings = [...decoded.warnings]
  const document = parseHtml(decoded.text)
  const metadata = readMetaTags(document)
  const byline = findByline(document)
  const article = findArticle(document, { byline: byline?.element, title: metadata.title })
  let text = normaliseText(htmlToText(article.parts, article.leftOut))
  // When all of the page was taken for furniture, all of it is read.
  if (text.trim() === '') text = normaliseText(htmlToText([document.body]))
  if (text.trim() === '') throw new ImportError('the page has no text to read')

  metadata.title ??= detectTextMetadata(text).title
  metadata.authors ??= byline ? splitAuthors(byline.text.replace(/^by\s+/i, '')) : undefined
  metadata.language = chooseLanguage(metadata.language, detectLanguage(text), warnings)
  return { format: 'html', text, metadata: withoutEmptyFields(metadata), warnings }
}

function withoutEmptyFields(metadata: DetectedMetadata): DetectedMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined)) as DetectedMetadata
}

// Script evidence (Arabic letters, Cyrillic, Han) outweighs a declared
// lang attribute, which templates often leave at "en"; between two
// Latin-script languages the page's own declaration is trusted.
const SCRIPT_LANGUAGES = new Set(['ar', 'ru', 'zh', 'ja', 'ko', 'he', 'el'])

function chooseLanguage(declared: string | undefined, detected: string | undefined, warnings: string[]): string | undefined {
  if (!declared) return detected
  const primary = declared.split('-')[0]?.toLowerCase()
  if (detected && primary !== detected && SCRIPT_LANGUAGES.has(detected)) {
    warnings.push(`the page says its language is "${declared}" but its text is in "${detected}"; "${detected}" was kept`)
    return detected
  }
  return declared
}
