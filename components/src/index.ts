/** Entry of the embeddable bundle: importing it defines every CommunityRule element. */
export { CrTemplatePicker } from './cr-template-picker'
