import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectFormat } from './detect-format'

const real = new URL('../../../../../shared/corpus/real/', import.meta.url)
const seeds = new URL('../../../../../shared/corpus/seeds/', import.meta.url)
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** A stored zip of one-byte entries with these names; without its central directory when damaged. */
function zip(names: string[], damaged = false): Uint8Array {
  const entries: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const name of names) {
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt32LE(1, 18)
    local.writeUInt32LE(1, 22)
    local.writeUInt16LE(Buffer.byteLength(name), 26)
    const entry = Buffer.concat([local, Buffer.from(name), Buffer.from('x')])
    const header = Buffer.alloc(46)
    header.writeUInt32LE(0x02014b50, 0)
    header.writeUInt32LE(1, 20)
    header.writeUInt32LE(1, 24)
    header.writeUInt16LE(Buffer.byteLength(name), 28)
    header.writeUInt32LE(offset, 42)
    entries.push(entry)
    directory.push(Buffer.concat([header, Buffer.from(name)]))
    offset += entry.length
  }
  const cd = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(names.length, 8)
  end.writeUInt16LE(names.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat(damaged ? entries : [...entries, cd, end]))
}

describe('detectFormat', () => {
  it.each([
    ['anssi_nis2_plaquette_2024_fr.pdf', 'pdf'],
    ['fedramp_oscal_ssp_overview_en.docx', 'docx'],
    ['lemonde_loi_renseignement_fr.html', 'html'],
    ['eurlex_eprivacy_directive_2002-58_consolidated_en.html', 'html'],
    ['bbnj_agreement_ar_site.html', 'html'],
    ['budapest_convention_cybercrime_nl_en.md', 'markdown'],
    ['salama_threat_protocols_ar.md', 'markdown'],
    ['kazakhstan_cybershield_concept_2017_ru.txt', 'text'],
    ['bbnj_agreement_ar.txt', 'text'],
  ])('reads %s as %s', (file, format) => {
    expect(detectFormat(new Uint8Array(readFileSync(new URL(file, real))), file)).toBe(format)
  })

  it('reads the four seed articles as plain text', () => {
    for (const file of ['000_16febc7ae85f2449.txt', '001_2b7deef630cd453d.txt', '002_032de899ec04cf11.txt', '003_b2538ffbb75673f8.txt']) {
      expect(detectFormat(new Uint8Array(readFileSync(new URL(file, seeds))), file)).toBe('text')
    }
  })

  it('goes by content, not by name', () => {
    const html = readFileSync(new URL('qq_deepmind_zh.html', real))
    expect(detectFormat(new Uint8Array(html), 'article.txt')).toBe('html')
    expect(detectFormat(utf8('\uFEFF  <!-- saved --><!DOCTYPE html><p>x'), 'saved.txt')).toBe('html')
    expect(detectFormat(utf8('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'), 'a')).toBe('html')
    expect(detectFormat(utf8('junk\n%PDF-1.7\n'), 'scan.txt')).toBe('pdf')
    expect(detectFormat(utf8('Notes on <html> tags in treaties'), 'notes.txt')).toBe('text')
  })

  it('takes a zip for a Word document only if it holds word/document.xml', () => {
    const docx = ['[Content_Types].xml', 'word/document.xml']
    expect(detectFormat(zip(docx), 'renamed.zip')).toBe('docx')
    expect(detectFormat(zip(['content.xml', 'mimetype']), 'a.docx')).toBeNull()
    expect(detectFormat(zip(['notes/word/document.xml']), 'a.zip')).toBeNull()
  })

  it('hands a damaged zip named .docx to the DOCX reader, which can say what is wrong', () => {
    expect(detectFormat(zip(['word/document.xml'], true), 'report.docx')).toBe('docx')
    expect(detectFormat(zip(['word/document.xml'], true), 'archive.zip')).toBeNull()
  })

  it('recognises Markdown by extension or by two kinds of Markdown syntax', () => {
    expect(detectFormat(utf8('Plain words.'), 'note.markdown')).toBe('markdown')
    expect(detectFormat(utf8('# Heading\n\nSee [the text](https://example.org).'), 'clip.txt')).toBe('markdown')
    expect(detectFormat(utf8('# one hash line only\nand prose'), 'clip.txt')).toBe('text')
  })

  it('returns null for binary data', () => {
    expect(detectFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'a.txt')).toBeNull()
    expect(detectFormat(Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 32), 'a.txt')).toBeNull()
  })

  it('never throws, whatever the bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.string(), (bytes, name) => {
      detectFormat(bytes, name)
    }))
  })
})
