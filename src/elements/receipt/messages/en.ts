import { plural } from '../../../i18n/plural.js';
import type { ReceiptMessages } from './it.js';

export const en: ReceiptMessages = {
  receipt: {
    title: 'Your booking',
    status: {
      confirmed: 'Booking confirmed',
      cancelled: 'Booking cancelled',
      'checked-in': 'Already checked in',
      past: 'Appointment passed',
    },
    statusHint: {
      confirmed: 'Show this receipt at the entrance, printed or on your phone, with an ID.',
      cancelled: 'The place has been freed. This receipt no longer lets you in.',
      'checked-in': 'This receipt has already been used at the entrance.',
      past: 'The date of this appointment has passed.',
    },
    cancelledOn: (when: string) => `Cancelled on ${when}.`,
    checkedInAt: (when: string) => `Checked in at ${when}.`,
    code: 'Booking code',
    holder: 'Booked for',
    holderHint: 'At the entrance you will be asked for an ID with this name.',
    when: 'Date and time',
    timeRange: (start: string, end: string) => `from ${start} to ${end}`,
    officeTime: 'Italian time, the office’s.',
    where: 'Where',
    counter: 'Counter',
    howToReach: 'How to get there',
    purpose: 'Purpose',
    acts: plural('en', { one: '# document', other: '# documents' }),
    whatToBring: 'What to bring',
    contacts: 'Office contacts',
    phone: 'Phone',
    qrLabel: 'QR code for the entrance',
    qrHint: 'The staff at the entrance read this code. If it does not work, read out the code.',
    actions: 'What you can do',
    print: 'Print the receipt',
    addToCalendar: 'Add to calendar',
    changeDate: 'Change date',
    cancel: 'Cancel the booking',
    cancelUntil: (when: string) => `You can cancel or change the date until ${when}.`,
    cancelClosed: (when: string) =>
      `Cancelling or changing the date online is no longer possible (the deadline was ${when}): contact the office.`,
    confirmTitle: 'Cancel the booking?',
    confirmText: (code: string, when: string) =>
      `Booking ${code} on ${when} will be cancelled and the place given to someone else. This cannot be undone.`,
    confirmYes: 'Yes, cancel the booking',
    confirmNo: 'No, keep it',
    cancelling: 'Cancelling…',
    cancelledNow: 'Booking cancelled. The place has been freed.',
    tooLateToCancel: 'The deadline for cancelling online has passed. Contact the office to cancel.',
    bookAgain: 'Book a new appointment',
    changeTitle: 'Choose the new date',
    changeHint:
      'Your current booking stays valid until you confirm the new one: only then is it cancelled.',
    keepCurrent: 'Keep the booking as it is',
    changedNow: (oldCode: string) =>
      `Date changed. Booking ${oldCode} has been cancelled; this is the new receipt. We have also sent you an email with the new link.`,
    calendarSummary: (service: string) => `Appointment: ${service}`,
    calendarDescription: (code: string, purpose: string, until: string) =>
      `Booking code: ${code}\nPurpose: ${purpose}\nBring the receipt with the QR code and an ID.\nTo cancel or change the date, open the link in the confirmation email, by ${until}.`,
    missing: 'The booking code is missing. Open the link in your confirmation email.',
    notFound:
      'We cannot find a booking with this code. Check the link in your confirmation email: if you copied it by hand, part of it may be missing.',
    wrongToken:
      'This link is not valid for this booking: it may be incomplete. Open it again from the confirmation email.',
  },
};
