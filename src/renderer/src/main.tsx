import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { initTheme } from './lib/theme'
import './styles/app.css'
import './styles/controls.css'
import './styles/table.css'
import './styles/tags.css'
import './styles/detail.css'
import './styles/draft.css'
import './styles/drafting.css'
import './styles/commands.css'
import './styles/welcome.css'
import './styles/panes.css'
import './styles/dialog.css'
import './styles/reader.css'
import './styles/import.css'
import './styles/search.css'
import './styles/clip.css'
import './styles/facets.css'
import './styles/coverage.css'

// Before the first render, so the window is drawn in its theme from the start.
initTheme()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
