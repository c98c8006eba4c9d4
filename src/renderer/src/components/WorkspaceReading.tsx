import type { ReadingProgress } from '../../../shared/api'

/**
 * Says, while a large workspace is still being read, that the tables show
 * only its first sources (`shown` of them), and that changes wait (they are
 * kept, and saved once every source is in).
 */
export function WorkspaceReading({ reading, shown }: { reading: ReadingProgress | null; shown: number }) {
  if (!reading) return null
  const { sourcesRead, sourcesTotal } = reading
  return (
    <section className="notice notice-info notice-row" role="status" aria-label="Reading the workspace">
      <div>
        <p className="notice-title">
          {sourcesRead < sourcesTotal
            ? `Reading the workspace: ${sourcesRead.toLocaleString()} of ${sourcesTotal.toLocaleString()} sources.`
            : `All ${sourcesTotal.toLocaleString()} sources are read; the tables fill in a moment.`}
        </p>
        <p className="notice-body">
          Until then the tables show the first {shown.toLocaleString()} of them.
          {sourcesRead < sourcesTotal && ' Changes you make now are saved once every source is read.'}
        </p>
      </div>
      <progress className="progress-bar reading-progress" max={sourcesTotal} value={sourcesRead} aria-label="Sources read" />
    </section>
  )
}
