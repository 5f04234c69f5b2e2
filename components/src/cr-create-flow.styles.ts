import { css } from 'lit'

/** Styles of <cr-create-flow> beyond the shared base and rule-page styles (./styles.ts). */
export const createFlowStyles = css`
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
    counter-reset: step;
    color: var(--_muted);
  }
  .steps li {
    counter-increment: step;
  }
  .steps li::before {
    content: counter(step) '. ';
  }
  .steps [aria-current] {
    color: var(--cr-ink, #1c2421);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  .sync {
    font-size: 0.9rem;
    color: var(--_muted);
    margin: 0 0 1rem;
  }
  .sync[data-status='failed'],
  .sync[data-status='offline'] {
    color: var(--_danger);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0.75rem 0 0;
  }
  .chips legend {
    margin-bottom: 0.3rem;
  }
  .chip {
    padding: 0.25rem 0.75rem;
    border-radius: 999px;
    font-weight: 400;
    background: var(--cr-surface, #fff);
    color: var(--cr-ink, #1c2421);
    border: 1px solid #76817c;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--cr-accent-ink, #fff);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .chip[aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  .profile > .link {
    margin-top: 0.75rem;
  }
  .section {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.25rem 1rem 1rem;
    margin: 1rem 0;
    background: var(--cr-surface, #fff);
  }
  .section h3 {
    margin: 0.75rem 0 0;
    font-size: 1.1rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 1rem 0 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  .modules-pick {
    display: grid;
    gap: 0.25rem 1rem;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    margin-top: 0.25rem;
  }
  .modules-pick label {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    font-weight: 400;
    margin: 0;
  }
  .modules-pick input {
    width: auto;
    margin-top: 0.3rem;
  }
  .preview {
    border: 1px dashed var(--_line);
    border-radius: var(--_radius);
    padding: 0 1.25rem;
  }
  select {
    width: auto;
  }
  ol.plain {
    list-style: none;
    padding: 0;
  }
  label[for='f-add-kind'] {
    margin: 0;
  }
`
