import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language'

const real = new URL('../../../../../shared/corpus/real/', import.meta.url)

// Sentences written for these tests, not taken from the corpus.
const SAMPLES: Record<string, string> = {
  en: 'The parties agree that the protection of critical infrastructure is a shared duty and that it should be reported to the secretariat.',
  fr: 'Les États parties conviennent que la protection des infrastructures critiques est une obligation commune et qu’elle doit être notifiée au secrétariat.',
  de: 'Die Vertragsparteien sind sich einig, dass der Schutz kritischer Infrastrukturen eine gemeinsame Pflicht ist und nicht nur auf dem Papier steht.',
  es: 'Los Estados partes convienen en que la protección de las infraestructuras críticas es una obligación común y que se debe informar a la secretaría.',
  nl: 'De partijen zijn het erover eens dat de bescherming van kritieke infrastructuur een gedeelde plicht is en dat het aan het secretariaat wordt gemeld.',
  ru: 'Государства-участники согласны с тем, что защита критической инфраструктуры является общей обязанностью.',
  zh: '缔约国同意，保护关键基础设施是一项共同义务，并应向秘书处报告。',
  ar: 'تتفق الدول الأطراف على أن حماية البنية التحتية الحيوية واجب مشترك ينبغي إبلاغ الأمانة به.',
  ja: '締約国は、重要インフラの保護が共通の義務であることに同意する。',
}

describe('detectLanguage', () => {
  it.each(Object.entries(SAMPLES))('recognises %s', (tag, text) => expect(detectLanguage(text)).toBe(tag))

  it('says nothing about text too short or without words', () => {
    expect(detectLanguage('OK')).toBeUndefined()
    expect(detectLanguage('1234 5678 — 90/12 ... ★★★★')).toBeUndefined()
    expect(detectLanguage('')).toBeUndefined()
  })

  it('goes by the script of the content, whatever the page claims', () => {
    const page = readFileSync(new URL('bbnj_agreement_ar.txt', real), 'utf8')
    expect(detectLanguage(page)).toBe('ar')
    expect(detectLanguage(readFileSync(new URL('kazakhstan_cybershield_concept_2017_ru.txt', real), 'utf8'))).toBe('ru')
  })
})
