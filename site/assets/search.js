// The search page (/search/): runs the query in ?q= (and each one typed) with Pagefind against the
// index the site build writes to /pagefind/ (site/search-index.ts), and lists the matching rules,
// templates and methods. Pagefind's script and index parts are downloaded when a search runs.
const form = document.querySelector('[data-search-form]')
const input = form.querySelector('input[name=q]')
const status = document.querySelector('[data-search-status]')
const list = document.querySelector('[data-search-results]')
const PAGEFIND = '/pagefind/pagefind.js'
let pagefind
let latest = 0

/** Pagefind's excerpt is escaped text with <mark> around the words found: keep exactly that. */
function excerpt(html) {
  const p = document.createElement('p')
  for (const node of new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstChild.childNodes) {
    if (node.nodeName === 'MARK')
      p.append(Object.assign(document.createElement('mark'), { textContent: node.textContent }))
    else p.append(node.textContent)
  }
  return p
}

function item(result) {
  const li = document.createElement('li')
  const kind = Object.assign(document.createElement('p'), {
    className: 'kind',
    textContent: result.meta.kind || 'Page',
  })
  const link = Object.assign(document.createElement('a'), {
    href: result.url,
    textContent: result.meta.title || result.url,
  })
  li.append(kind, link, excerpt(result.excerpt))
  return li
}

async function run(query) {
  const id = ++latest
  if (!query) {
    list.replaceChildren()
    status.textContent = ''
    return
  }
  status.textContent = 'Searching…'
  try {
    pagefind ??= await import(/* @vite-ignore */ PAGEFIND).then(async (module) => {
      await module.options({ excerptLength: 24 })
      return module
    })
    const started = performance.now()
    const found = await pagefind.search(query)
    const searched = performance.now()
    const results = await Promise.all(found.results.slice(0, 20).map((result) => result.data()))
    if (id !== latest) return
    list.replaceChildren(...results.map(item))
    // Read by bench/site.ts: the search itself, and with the shown results' excerpts loaded.
    document.body.dataset.searchMs = String(Math.round(searched - started))
    document.body.dataset.resultsMs = String(Math.round(performance.now() - started))
    const n = found.results.length
    status.textContent = n
      ? `${n} ${n === 1 ? 'result' : 'results'} for “${query}”${n > 20 ? ', the best 20 shown' : ''}.`
      : `Nothing found for “${query}”. Try fewer or other words.`
  } catch {
    if (id === latest) status.textContent = 'Search is not available right now. Please try again in a moment.'
  }
}

const fromUrl = new URLSearchParams(location.search).get('q')?.trim() ?? ''
input.value = fromUrl
run(fromUrl)
form.addEventListener('submit', (event) => {
  event.preventDefault()
  const query = input.value.trim()
  history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname)
  run(query)
})
