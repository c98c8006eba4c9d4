import { toErrorData } from '../../lib/errors'
import { mutate } from '../../lib/data-version'
import { showToast } from './toast'

/** Undoes the last operation and says what was undone. */
export async function undo(): Promise<void> {
  await step('history.undo', 'Undone', 'Nothing to undo.')
}

/** Redoes the last undone operation and says what was redone. */
export async function redo(): Promise<void> {
  await step('history.redo', 'Redone', 'Nothing to redo.')
}

async function step(method: 'history.undo' | 'history.redo', verb: string, nothing: string): Promise<void> {
  try {
    const result = await mutate(method, {})
    showToast(result.did ? `${verb}: ${result.did}` : nothing)
  } catch (err) {
    showToast(`${verb === 'Undone' ? 'Undo' : 'Redo'} failed: ${toErrorData(err).message}`)
  }
}
