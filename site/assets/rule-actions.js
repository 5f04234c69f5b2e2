// Rule page enhancement (progressive: without JS the page offers a Markdown download, a selectable
// link and Markdown text, and tells readers to use the browser's Print). Reveals the copy/print buttons.
const status = document.querySelector('[data-copy-status]')
for (const button of document.querySelectorAll('.rule-actions button')) {
  const { copyText, copyFrom } = button.dataset
  if (!('print' in button.dataset) && !navigator.clipboard) continue
  button.hidden = false
  button.addEventListener('click', async () => {
    if (!copyText && !copyFrom) return print()
    try {
      await navigator.clipboard.writeText(copyText || document.getElementById(copyFrom).value)
      status.textContent = 'Copied to the clipboard.'
    } catch {
      status.textContent = 'Copying failed: select the text below and copy it.'
    }
  })
}
