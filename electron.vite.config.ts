import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      // playwright-core is only used by the browser host; bundling it would
      // copy a whole browser driver into the main output.
      externalizeDeps: { include: ['playwright-core'] },
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          cli: resolve('src/cli/index.ts'),
          'browser-host': resolve('src/browser-host/launch.ts'),
          // Worker threads load these by name (see core/workers/spawn-worker.ts).
          'import-worker': resolve('src/main/core/import/import-worker.ts'),
          'search-worker': resolve('src/main/core/search/search-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: bundle them all in.
      externalizeDeps: false,
      // A sandboxed renderer can only load a CommonJS preload.
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
})
