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
  `,
]
