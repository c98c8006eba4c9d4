import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { ImportPanel } from './import-panel'
import { ReaderPage } from './reader-page'

/** The long 2024 analysis among the seeds: a treaty for critical infrastructure, citing GGE norms 13(f)–(h). */
export const SEED_000 = fileURLToPath(new URL('../../../shared/corpus/seeds/000_16febc7ae85f2449.txt', import.meta.url))
export const SEED_000_TITLE = 'Why the World Needs a New Cyber Treaty for Critical Infrastructure'

/** Imports seed 000 through the Import menu and opens it in the reader. */
export async function openImportedSeed(page: Page): Promise<ReaderPage> {
  const reader = new ReaderPage(page)
  await reader.waitUntilLoaded()
  const panel = new ImportPanel(page)
  await panel.importFiles([SEED_000])
  await panel.waitUntilFinished()
  await panel.close()
  await reader.openSource(SEED_000_TITLE)
  return reader
}
