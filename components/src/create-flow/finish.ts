/**
 * The end of the create flow, downloaded while the sections are being written (the chunk the review
 * step needs first): the review, publish and done steps, and what publishing sends.
 */
export { renderReview } from './step-review'
export { amendmentErrors, conflictVersion, publishBody, publishProblem, renderPublish } from './step-publish'
export { renderDone } from './step-done'
