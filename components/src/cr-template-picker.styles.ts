import { css } from 'lit'

/** `<cr-template-picker>`'s styles: self-contained cards (no shared base, so the picker stays small). */
export const templatePickerStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
  }
  button {
    all: unset;
    box-sizing: border-box;
    display: block;
    width: 100%;
    height: 100%;
    padding: 1rem;
    cursor: pointer;
    border: 1px solid #c9cfcc;
    border-radius: var(--cr-radius, 0.5rem);
    background: var(--cr-surface, #fff);
  }
  button:hover {
    border-color: var(--cr-accent, #0b6e4f);
  }
  button:focus-visible {
    outline: 3px solid var(--cr-accent, #0b6e4f);
    outline-offset: 2px;
  }
  .title {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  .reason {
    display: block;
    margin-bottom: 0.35rem;
    font-weight: 600;
    color: var(--cr-accent, #0b6e4f);
  }
  .category {
    display: inline-block;
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--cr-muted, #4a5652);
  }
  .summary {
    display: block;
    margin-top: 0.5rem;
    line-height: 1.45;
  }
  .skeleton {
    height: 7rem;
    border-radius: var(--cr-radius, 0.5rem);
    background: linear-gradient(90deg, #eef1f0, #f7f8f8, #eef1f0);
  }
  .empty,
  .error {
    padding: 1rem;
    border: 1px dashed #c9cfcc;
    border-radius: var(--cr-radius, 0.5rem);
  }
  .error button {
    all: revert;
  }
`
