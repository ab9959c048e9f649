/**
 * The steps after the day is chosen: the times, the form, its rules, the review and the
 * confirmation, with their styles.
 * Loaded with import() while the visitor picks a day, so the first paint does not wait for them.
 */
export { renderDetailsStep } from './details-step.js';
export { laterStyles } from './form-steps.styles.js';
export { laterMessages } from './messages/later.js';
export { DetailsForm } from './details-form.js';
export { renderTimeStep } from './time-step.js';
export { focusErrorSummary } from '../../styles/index.js';
export { renderDoneStep, renderNotice, renderReviewStep } from './review-step.js';
export {
  bookingRequest,
  fieldProblem,
  fiscalCodeWarning,
  problemsFromServer,
  validateBookingForm,
} from './booking-form.js';
