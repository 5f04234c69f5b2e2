import { baseStyles } from './styles'

/** `<cr-sign-in>`'s styles: the shared base (form fields, buttons, notes) is all it needs. */
export const signInStyles = [baseStyles]
