import { createHash } from 'node:crypto'

const ARABIC_PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]+/g

/**
 * The one normalisation every stored text goes through: no byte-order mark,
 * LF line endings, Unicode NFC. Offsets are only meaningful after it.
 * NFC leaves Arabic presentation forms (ligatures such as lam-alef, positional
 * letter shapes from old PDFs and web pages) alone, so a search for the
 * ordinary letters would miss them: those two blocks, and only they, are
 * folded with NFKC, which elsewhere would rewrite CJK punctuation and "ﬁ".
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(ARABIC_PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'))
    .normalize('NFC')
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
