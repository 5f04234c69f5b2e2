// The search page (/search/): runs the query in ?q= (and each one typed) with Pagefind against the
// index the site build writes to /pagefind/ (site/search-index.ts), and lists the matching rules,
// templates and methods, ten at a time. Pagefind's script starts when this page opens; the parts of
// the index a query needs are fetched while it is typed.
const form = document.querySelector('[data-search-form]')
const input = form.querySelector('input[name=q]')
const status = document.querySelector('[data-search-status]')
const list = document.querySelector('[data-search-results]')
const PAGEFIND = '/pagefind/pagefind.js'
// Pages removed (withdrawn, hidden) since the index was built: left out of the results.
const REMOVED = '/search-removed.json'
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

/** Pagefind, downloaded and started once: when this page opens (someone came here to search). */
let loading
let removed = new Set()
function loadPagefind() {
  loading ??= Promise.all([
    import(/* @vite-ignore */ PAGEFIND).then(async (module) => {
      await module.options({ excerptLength: 24 })
      await module.init()
      return module
    }),
    fetch(REMOVED, { cache: 'no-cache' })
      .then((response) => (response.ok ? response.json() : []))
      .then((list) => (removed = new Set(list.map((entry) => entry.url))))
      .catch(() => undefined),
  ]).then(([module]) => module)
  return loading
}

/** Results are shown ten at a time: each needs its own small download (its excerpt). */
const PAGE = 10
let shown = []
let offset = 0
let more

async function showMore(id) {
  const next = await Promise.all(shown.slice(offset, offset + PAGE).map((r) => r.data()))
  if (id !== latest) return
  offset += next.length
  list.append(...next.filter((result) => !removed.has(result.url)).map(item))
  more?.remove()
  if (offset < shown.length) {
    more = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Show more results' })
    more.className = 'secondary'
    more.addEventListener('click', () => {
      const first = list.children.length
      void showMore(id).then(() => list.children[first]?.querySelector('a')?.focus())
    })
    list.after(more)
  }
}

async function run(query) {
  const id = ++latest
  more?.remove()
  if (!query) {
    list.replaceChildren()
    status.textContent = ''
    return
  }
  status.textContent = 'Searching…'
  try {
    const pagefind = await loadPagefind()
    const started = performance.now()
    const found = await pagefind.search(query)
    const searched = performance.now()
    if (id !== latest) return
    shown = found.results
    offset = 0
    list.replaceChildren()
    await showMore(id)
    if (id !== latest) return
    // Read by bench/site.ts: the search itself, and with the first results' excerpts shown.
    document.body.dataset.searchMs = String(Math.round(searched - started))
    document.body.dataset.resultsMs = String(Math.round(performance.now() - started))
    const n = shown.length
    status.textContent = n
      ? `${n} ${n === 1 ? 'result' : 'results'} for “${query}”.`
      : `Nothing found for “${query}”. Try fewer or other words.`
  } catch {
    if (id === latest) status.textContent = 'Search is not available right now. Please try again in a moment.'
  }
}

const fromUrl = new URLSearchParams(location.search).get('q')?.trim() ?? ''
input.value = fromUrl
void loadPagefind().catch(() => undefined)
run(fromUrl)
form.addEventListener('submit', (event) => {
  event.preventDefault()
  const query = input.value.trim()
  history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname)
  run(query)
})
// While someone types, Pagefind fetches the index parts of the words so far.
let typing
input.addEventListener('input', () => {
  clearTimeout(typing)
  typing = setTimeout(
    () =>
      void loadPagefind().then(
        (pagefind) => pagefind.preload(input.value.trim()),
        () => {},
      ),
    80,
  )
})
