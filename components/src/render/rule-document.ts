/**
 * Renders a RuleDocument with exactly the markup and classes of site/_includes/rule-document.njk
 * (and the rule page header), so the review step looks like the published page. User text only ever
 * lands in text nodes and attribute bindings; links pass safeHref.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { RuleDocument } from '@communityrule/core/schema'
import { parseMarkdown, type Block, type Inline } from '../state/markdown'

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function inline(nodes: Inline[]): unknown[] {
  return nodes.map((n) =>
    typeof n === 'string'
      ? n
      : n.t === 'a'
        ? html`<a href=${n.href}>${inline(n.c)}</a>`
        : n.t === 'em'
          ? html`<em>${inline(n.c)}</em>`
          : html`<strong>${inline(n.c)}</strong>`,
  )
}

export function markdown(text: string | undefined): TemplateResult[] {
  return parseMarkdown(text).map((b: Block) =>
    b.t === 'p'
      ? html`<p>${inline(b.c)}</p>`
      : b.t === 'ul'
        ? html`<ul>
            ${b.items.map((i) => html`<li>${inline(i)}</li>`)}
          </ul>`
        : html`<ol>
            ${b.items.map((i) => html`<li>${inline(i)}</li>`)}
          </ol>`,
  )
}

/** The `.rule-document` block. `onToc` lets the host scroll inside its shadow root. */
export function ruleDocument(doc: RuleDocument, onToc?: (e: Event) => void): TemplateResult {
  const c = doc.community
  return html`<div class="rule-document">
    ${
      c?.name
        ? html`<section class="community" aria-labelledby="community-heading">
            <h2 id="community-heading">About ${c.name}</h2>
            ${markdown(c.description)} ${c.size ? html`<p class="muted">Size: ${c.size}</p>` : nothing}
          </section>`
        : nothing
    }
    ${
      doc.sections.length > 2
        ? html`<nav class="toc" aria-label="Sections" @click=${onToc}>
            <h2 class="toc-title">Contents</h2>
            <ol>
              ${doc.sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}
            </ol>
          </nav>`
        : nothing
    }
    ${doc.sections.map(
      (s) =>
        html`<section class="rule-section kind-${s.kind}" id=${s.id} aria-labelledby="${s.id}-heading">
          <h2 id="${s.id}-heading"><span class="kind">${capitalize(s.kind)}</span> ${s.title}</h2>
          ${markdown(s.body)}
          ${
            s.modules?.length
              ? html`<ul class="modules" aria-label="Building blocks in ${s.title}">
                  ${s.modules.map(
                    (m) =>
                      html`<li class="module">
                        <strong>${m.name}</strong>${m.summary ? ` — ${m.summary}` : nothing}
                        ${m.config ? html`<span class="module-config">${m.config}</span>` : nothing}
                        ${
                          m.details?.length
                            ? html`<dl class="module-details">
                                ${m.details.map(
                                  (d) =>
                                    html`<dt>${d.label}</dt>
                                      <dd>${d.text}</dd>`,
                                )}
                              </dl>`
                            : nothing
                        }
                      </li>`,
                  )}
                </ul>`
              : nothing
          }
        </section>`,
    )}
  </div>`
}

/** The rule page around the document: header with title and summary. */
export function rulePage(doc: RuleDocument, onToc?: (e: Event) => void): TemplateResult {
  return html`<article class="rule">
    <header class="rule-header">
      <h1>${doc.title}</h1>
      ${doc.summary ? html`<p class="lede">${doc.summary}</p>` : nothing}
    </header>
    ${ruleDocument(doc, onToc)}
  </article>`
}
