export { tokens } from './tokens.js';
export { buttons } from './buttons.js';
export { fields } from './fields.js';
export { summary } from './summary.js';
export {
  messages,
  renderMessage,
  renderApiError,
  renderTask,
  renderFallbackHelp,
  LiveAnnouncer,
} from './status.js';
export type { MessageKind, ApiErrorOptions } from './status.js';
export {
  errorSummary,
  renderErrorSummary,
  focusField,
  focusErrorSummary,
} from './error-summary.js';
export type { ErrorSummaryItem } from './error-summary.js';
