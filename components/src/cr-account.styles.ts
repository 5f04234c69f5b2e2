import { css } from 'lit'
import { baseStyles } from './styles'

/** `<cr-account>`'s styles: the shared base and the rules/sessions tables. */
export const accountStyles = [
  baseStyles,
  css`
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 0.5rem;
      border-bottom: 1px solid var(--_line);
      vertical-align: top;
    }
    ul {
      padding-left: 1.2rem;
    }
    a {
      color: var(--cr-link, #084c37);
    }
    li {
      margin-bottom: 0.5rem;
    }
    .actions {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin-left: 0.5rem;
    }
    .stewards,
    .withdraw {
      margin: 0.5rem 0 1rem;
      padding: 0.75rem;
      border: 1px solid var(--_line);
      border-radius: var(--cr-radius, 0.5rem);
    }
    .note {
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--cr-accent, #0b6e4f);
      background: var(--cr-wash, #f4f7f5);
    }
    .withdraw textarea {
      display: block;
      width: 100%;
      box-sizing: border-box;
    }
  `,
]
