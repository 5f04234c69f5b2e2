/**
 * Entry of the embeddable bundle (`<script type="module" src="https://HOST/components/cr.js">`, see
 * docs/embedding.md). It defines `<cr-create-flow>` at once and every other element when the page
 * first uses it (in the document, at load or added later), so an embedding page downloads only what
 * it shows. Chunks are imported relative to this script's own URL, so they come from HOST whatever
 * the page's origin.
 */
export { CrCreateFlow } from './cr-create-flow'

const onDemand: Record<string, () => Promise<unknown>> = {
  'cr-template-picker': () => import('./cr-template-picker'),
  'cr-sign-in': () => import('./cr-sign-in'),
  'cr-session-nav': () => import('./cr-session-nav'),
  'cr-account': () => import('./cr-account'),
}

function defineUsed(root: Element | Document): void {
  for (const [tag, load] of Object.entries(onDemand)) {
    if (!(root instanceof Element && root.localName === tag) && !root.querySelector(tag)) continue
    delete onDemand[tag]
    if (customElements.get(tag)) continue // defined by another of our scripts on the page
    // A failed download (offline) is tried again the next time such an element is added.
    load().catch(() => {
      onDemand[tag] = load
      watch()
    })
  }
  if (!Object.keys(onDemand).length) observer.disconnect()
}

/**
 * Downloads and defines one element now, for a page that creates it where the document observer
 * cannot see it (inside the page's own shadow root). Resolves once it is defined.
 */
export async function defineElement(tag: string): Promise<void> {
  if (!customElements.get(tag)) await onDemand[tag]?.()
  await customElements.whenDefined(tag)
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) defineUsed(node)
})
const watch = () => observer.observe(document, { childList: true, subtree: true })

watch()
defineUsed(document)
