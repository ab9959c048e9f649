// Named re-exports of the public API. Importing this module registers nothing: import
// 'sportello/sportello.js' (every element) or 'sportello/define/<tag>.js' (one element) for that.
export { SportelloConfig } from './config/sportello-config.js';
export { configContext, type SportelloConfig as SportelloConfigValue } from './config/context.js';
export {
  createApiClient,
  newIdempotencyKey,
  type ApiClient,
  type ApiClientOptions,
} from './api/client.js';
export * from './api/operations/index.js';
export { ApiError, isApiError, type ApiErrorKind } from './api/errors.js';
export type * from './api/types.js';
export { SportelloSlotPicker } from './elements/slot-picker/slot-picker.js';
export {
  SportelloBookedEvent,
  SportelloStepEvent,
  type BookingStep,
} from './elements/slot-picker/events.js';
export { SportelloReceipt } from './elements/receipt/receipt.js';
export { SportelloCancelledEvent } from './elements/receipt/events.js';
export { SportelloCheckIn } from './elements/check-in/check-in.js';
export { SportelloCheckedInEvent } from './elements/check-in/events.js';
export type { Verdict as CheckInDeskVerdict } from './elements/check-in/verdict.js';
export { SportelloCertificateRequest } from './elements/certificate-request/certificate-request.js';
export {
  SportelloCertificateRequestedEvent,
  type CertificateStep,
} from './elements/certificate-request/events.js';
export { SportelloCertificateStatus } from './elements/certificate-status/certificate-status.js';
export * from './translations.js';
