/// <reference lib="dom" />
import { expect, type Locator } from '@playwright/test'
import { SourcesPage } from './sources-page'

/** The reader: clipping text, the clipping editor, obligation candidates. */
export class ReaderPage extends SourcesPage {
  get text(): Locator {
    return this.detail.getByRole('region', { name: 'Source text' })
  }

  get editor(): Locator {
    return this.detail.getByRole('article', { name: 'Clipping editor' })
  }

  get candidates(): Locator {
    return this.detail.getByRole('region', { name: 'Obligation candidates' })
  }

  /** Selects the exact phrase in the source text with the mouse (a DOM selection), then clips it with the button. */
  async clipPhrase(phrase: string): Promise<void> {
    await this.text.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + wanted.length)
        const selection = window.getSelection()!
        selection.removeAllRanges()
        selection.addRange(range)
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
        return
      }
      throw new Error(`"${wanted}" is not in the rendered text`)
    }, phrase)
    await this.detail.getByRole('button', { name: 'Clip selection' }).click()
    // The editor of an earlier clipping may still be on screen: wait for this one's.
    await expect(this.editor).toContainText(phrase.slice(0, 60))
  }

  async addTag(name: string): Promise<void> {
    const picker = this.editor.getByRole('combobox', { name: 'Add tag' })
    await picker.fill(name)
    await picker.press('Enter')
    await expect(this.editor.getByRole('list', { name: 'Tags of this clipping' })).toContainText(name)
  }
}
