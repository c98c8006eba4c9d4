import { apiContract, type ApiMethod } from '../../shared/api'
import { AppError, type Result } from '../../shared/errors'
import type { ApiHandlers } from './api-handlers'

/**
 * The single entry point for calls from a UI host: checks the method name,
 * parses the input with its schema, runs the handler, and returns errors as
 * data. Unknown failures are logged here and reported without internals.
 */
export async function dispatch(handlers: ApiHandlers, method: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (typeof method !== 'string' || !Object.hasOwn(apiContract, method)) {
    return { ok: false, error: { code: 'invalid-input', message: `Unknown operation ${String(method)}.` } }
  }
  const name = method as ApiMethod
  const parsed = apiContract[name].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path.join('.') || undefined
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: field ? `${field}: ${issue?.message}` : (issue?.message ?? 'Invalid input.'),
        ...(field ? { field } : {}),
      },
    }
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown
    return { ok: true, data: await handler(parsed.data) }
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toData() }
    console.error(`[clausewright] ${name} failed:`, err)
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Clausewright could not complete ${name}.`,
        hint: 'Try again. If it happens again, run "clausewright check" on the workspace.',
      },
    }
  }
}
