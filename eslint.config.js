import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

// The layering of the app, enforced here so that nobody has to remember it:
// shared <- core <- (ipc, cli, browser-host); renderer and preload see only shared.
const nodeBuiltins = { group: ['node:*'], message: 'This layer must not use Node APIs.' }
const electron = { group: ['electron'], message: 'Only src/main/index.ts, menu.ts, ipc/ and the preload may import electron.' }
const react = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'React belongs to the renderer.' }
const layer = (group, message) => ({ group, message })

function restrict(...patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] }
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'bench/results/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: restrict(nodeBuiltins, electron, react, layer(['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**', '**/browser-host/**'], 'shared is the contract: it imports no other layer.')),
  },
  {
    files: ['src/main/core/**'],
    rules: restrict(electron, react, layer(['**/ipc/**', '**/renderer/**', '**/preload/**', '**/cli/**', '**/browser-host/**', '../index', '../menu'], 'core is plain Node: it imports only shared.')),
  },
  {
    files: ['src/main/ipc/**'],
    rules: restrict(react, layer(['**/renderer/**', '**/preload/**', '**/cli/**', '**/browser-host/**'], 'ipc is a thin layer over core.')),
  },
  {
    files: ['src/cli/**', 'src/browser-host/**'],
    rules: restrict(electron, react, layer(['**/ipc/**', '**/renderer/**', '**/preload/**', '**/main/index', '**/main/menu'], 'this host reaches the app through core only.')),
  },
  {
    files: ['src/preload/**'],
    rules: restrict(nodeBuiltins, react, layer(['**/main/**', '**/renderer/**', '**/cli/**', '**/browser-host/**'], 'the preload forwards the contract and nothing else.')),
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(nodeBuiltins, electron, layer(['**/main/**', '**/preload/**', '**/cli/**', '**/browser-host/**'], 'the renderer talks to the core only through lib/api.ts.')),
    },
  },
  {
    files: ['src/renderer/**'],
    ignores: ['src/renderer/src/lib/api.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'api', message: 'Use call() from lib/api.ts.' }],
    },
  },
)
