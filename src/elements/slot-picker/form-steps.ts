/**
 * The steps after the time is chosen: the form, its rules, the review and the confirmation.
 * Loaded with import() while the visitor picks a day, so the first paint does not wait for them.
 */
export { renderDetailsStep } from './details-step.js';
export { renderDoneStep, renderReviewStep } from './review-step.js';
export {
  bookingRequest,
  fieldProblem,
  fiscalCodeWarning,
  problemsFromServer,
  validateBookingForm,
} from './booking-form.js';
