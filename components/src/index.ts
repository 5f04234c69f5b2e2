/** Entry of the embeddable bundle: importing it defines every CommunityRule element. */
export { CrTemplatePicker } from './cr-template-picker'
export { CrSignIn } from './cr-sign-in'
export { CrSessionNav } from './cr-session-nav'
export { CrCreateFlow } from './cr-create-flow'
export { CrAccount } from './cr-account'
