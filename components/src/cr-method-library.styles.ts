import { css } from 'lit'

/** `<cr-method-library>`'s styles beyond the shared base (./styles.ts). */
export const methodLibraryStyles = css`
  :host {
    display: block;
    margin-top: 0.75rem;
    padding: 0.75rem;
    border: 1px solid #c9cfcc;
    border-radius: var(--_radius);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .bar > div {
    flex: 1 1 12rem;
  }
  .methods {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5rem;
    max-height: 32rem;
    overflow-y: auto;
  }
  .method {
    border-left: 4px solid var(--_accent);
    background: var(--_wash);
    padding: 0.5rem 0.85rem;
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .method h4 {
    margin: 0;
  }
  .method p {
    margin: 0.25rem 0;
  }
  .reason {
    font-size: 0.9rem;
    font-weight: 600;
    color: var(--_accent);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5rem;
  }
  .own {
    display: grid;
    gap: 0.25rem;
    margin-top: 0.75rem;
  }
  .own h4:focus {
    outline: none;
  }
`
