import type { SearchResponse } from '../shared/api'
import { SearchService } from '../main/core/search/search-service'
import type { WorkspaceStore } from '../main/core/workspace-store'
import { printJson } from './output'

/** `clausewright search <query>`: builds the index, then prints the ranked hits. */
export async function searchCommand(store: WorkspaceStore, query: string, limit: number, json: boolean): Promise<number> {
  const search = new SearchService(store)
  let response: SearchResponse
  try {
    search.start()
    await new Promise<void>((resolve) => {
      if (search.status().ready) return resolve()
      const stop = search.onProgress((status) => {
        if (status.ready) {
          stop()
          resolve()
        }
      })
    })
    response = await search.search(query, limit)
  } finally {
    await search.close()
  }
  if (json) {
    printJson(response)
    return 0
  }
  if (response.hits.length === 0) console.log(`No results for "${query}".`)
  if (response.relaxed) console.log('No document holds all the words; showing documents with some of them.')
  for (const hit of response.hits) {
    console.log(`${hit.kind === 'clipping' ? 'clipping' : 'source  '}  ${hit.title}  (${hit.matchCount} match${hit.matchCount === 1 ? '' : 'es'}, offset ${hit.offset}, ${hit.sourceId})`)
    console.log(`          ${markHighlights(hit.snippet.text, hit.snippet.highlights)}`)
  }
  return 0
}

function markHighlights(text: string, highlights: Array<[number, number]>): string {
  let out = ''
  let at = 0
  for (const [start, end] of highlights) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`
    at = end
  }
  return (out + text.slice(at)).replace(/\s+/g, ' ')
}
