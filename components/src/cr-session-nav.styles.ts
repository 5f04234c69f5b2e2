import { css } from 'lit'
import { baseStyles } from './styles'

/** `<cr-session-nav>`'s styles: the shared base and the one-line nav. */
export const sessionNavStyles = [
  baseStyles,
  css`
    :host {
      display: inline-block;
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      margin: 0;
    }
    .email {
      display: inline-block;
      max-width: 16ch;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      vertical-align: bottom;
    }
    a {
      color: var(--cr-link, #084c37);
    }
    button.link {
      color: var(--cr-link, #084c37);
    }
  `,
]
