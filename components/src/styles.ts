import { css } from 'lit'

/**
 * Shared look of every element. Everything themable goes through CSS custom properties so an
 * embedding page can restyle the elements without reaching into their shadow roots:
 * --cr-accent, --cr-accent-ink, --cr-ink, --cr-muted, --cr-line, --cr-surface, --cr-wash,
 * --cr-danger, --cr-radius, --cr-font (documented in docs/embedding.md).
 */
export const baseStyles = css`
  :host {
    display: block;
    font: var(--cr-font, inherit);
    color: var(--cr-ink, #1c2421);
    --_accent: var(--cr-accent, #0b6e4f);
    --_line: var(--cr-line, #c9cfcc);
    --_muted: var(--cr-muted, #4a5652);
    --_wash: var(--cr-wash, #f4f7f5);
    --_danger: var(--cr-danger, #b3261e);
    --_radius: var(--cr-radius, 0.5rem);
  }
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  h2:focus,
  h3:focus,
  [tabindex='-1']:focus {
    outline: none;
  }
  label,
  .label {
    display: block;
    font-weight: 600;
    margin: 1rem 0 0.25rem;
  }
  .hint {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0 0 0.25rem;
    font-weight: 400;
  }
  input,
  textarea,
  select {
    font: inherit;
    color: inherit;
    width: 100%;
    max-width: 40rem;
    padding: 0.5rem 0.6rem;
    border: 1px solid #76817c;
    border-radius: var(--_radius);
    background: var(--cr-surface, #fff);
  }
  textarea {
    min-height: 7rem;
    resize: vertical;
    line-height: 1.5;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0.25rem 0 0;
  }
  button,
  .button {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--cr-accent-ink, #fff);
    text-decoration: none;
    display: inline-block;
  }
  button.secondary,
  .button.secondary {
    background: var(--cr-surface, #fff);
    color: var(--_accent);
  }
  button.link {
    border: 0;
    background: none;
    color: var(--_accent);
    padding: 0;
    text-decoration: underline;
    font-weight: 400;
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 1rem 0;
  }
  .note {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_wash);
    border-left: 4px solid var(--_accent);
  }
  .note.bad {
    border-left-color: var(--_danger);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
`

/** The public rule page's styles for `.rule-document` (site/assets/site.css), so the preview matches. */
export const ruleStyles = css`
  .rule {
    max-width: 46.5rem;
    line-height: 1.6;
  }
  .rule h1 {
    font-size: clamp(1.8rem, 4vw, 2.6rem);
    margin: 1.5rem 0 0.75rem;
    line-height: 1.2;
  }
  .rule h2 {
    font-size: 1.4rem;
    margin: 2rem 0 0.75rem;
    line-height: 1.2;
  }
  .rule a {
    color: var(--cr-link, #084c37);
    text-underline-offset: 0.15em;
  }
  .lede {
    font-size: 1.2rem;
    color: var(--_muted);
  }
  .rule-header {
    border-bottom: 1px solid var(--_line);
    padding-bottom: 1rem;
    margin-bottom: 1rem;
  }
  .rule-section {
    margin: 2rem 0;
  }
  .rule-section h2 .kind {
    display: block;
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
    font-weight: 600;
  }
  .toc {
    background: var(--_wash);
    border-radius: var(--_radius);
    padding: 0.75rem 1.25rem;
  }
  .rule .toc-title {
    font-size: 1rem;
    margin: 0.25rem 0;
  }
  .modules {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .module {
    border-left: 4px solid var(--_accent);
    background: var(--_wash);
    padding: 0.5rem 0.85rem;
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .module-config {
    display: block;
    font-size: 0.9rem;
    color: var(--_muted);
  }
`
