import { describe, expect, it } from 'vitest'
import { partialDateSchema } from '../../../shared/model'
import { parsePartialDate, partialDateFromParts } from './dates'

describe('parsePartialDate', () => {
  it.each([
    ['March 28, 2024', '2024-03-28'],
    ['October 27th, 2011', '2011-10-27'],
    ['Oct. 27, 2011', '2011-10-27'],
    ['October 27, 2011 at 2:30 pm', '2011-10-27'],
    ['Thursday, March 28, 2024', '2024-03-28'],
    ['27 October 2011', '2011-10-27'],
    ['1st May 2015', '2015-05-01'],
    ['October 2011', '2011-10'],
    ['2011', '2011'],
    ['2011-10-27', '2011-10-27'],
    ['2011-10', '2011-10'],
    ['2015-05-04T13:36:31+02:00', '2015-05-04'],
    ['2016-03-21 15:39 -0600', '2016-03-21'],
    ['19.12.2009', '2009-12-19'],
    ['4 mai 2015', '2015-05-04'],
    ['lundi 4 mai 2015', '2015-05-04'],
    ['1er août 2014', '2014-08-01'],
    ['décembre 2009', '2009-12'],
    ['15 февраля 2017 года', '2017-02-15'],
    ['31 января 2017 г.', '2017-01-31'],
    ['Май 2016', '2016-05'],
    ['2016年11月7日', '2016-11-07'],
  ])('reads %s as %s', (text, iso) => expect(parsePartialDate(text)).toBe(iso))

  it.each([
    '',
    'Why a cybersecurity treaty is a pipe dream',
    'February 30, 2024',
    '2011-13-01',
    '32 October 2011',
    'Article 2011',
    '2011: a year in cyber',
    'by March 28, 2024 the parties shall report',
    '12345',
  ])('refuses %j', (text) => expect(parsePartialDate(text)).toBeUndefined())

  it('accepts 29 February only in leap years', () => {
    expect(parsePartialDate('29 February 2024')).toBe('2024-02-29')
    expect(parsePartialDate('29 February 2023')).toBeUndefined()
  })

  it('always returns a date the source schema accepts', () => {
    for (const text of ['March 28, 2024', '2011', 'October 2011', '9.1.2020']) {
      expect(partialDateSchema.safeParse(parsePartialDate(text)).success).toBe(true)
    }
  })
})

describe('partialDateFromParts', () => {
  it('keeps the most precise valid prefix of a metadata date', () => {
    expect(partialDateFromParts('2024', '03', '28')).toBe('2024-03-28')
    expect(partialDateFromParts('2024', '02', '31')).toBe('2024-02')
    expect(partialDateFromParts('2024', '13', '01')).toBe('2024')
    expect(partialDateFromParts('2024')).toBe('2024')
  })

  it('gives nothing for a year the source schema would refuse', () => {
    expect(partialDateFromParts('0999', '01', '01')).toBeUndefined()
  })
})
