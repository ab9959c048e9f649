import { plural } from '../../../i18n/plural.js';
import type { CheckInMessages } from './it.js';

export const en: CheckInMessages = {
  checkIn: {
    title: 'Entrance check',
    entry: 'Booking code or QR code',
    entryHint:
      'Read the QR code with the scanner or the camera, or type the code (for example ABCD-1234) and press Enter.',
    check: 'Check',
    scan: 'Read the QR with the camera',
    stopScan: 'Close the camera',
    camera: 'Camera view',
    cameraDenied: 'The camera is not available: type the code.',
    invalidEntry: 'This is not a booking code: it has 8 letters and digits, for example ABCD-1234.',
    checking: 'Checking…',
    verdicts: {
      valid: 'Valid: may enter',
      'too-early': 'Too early',
      'too-late': 'Too late',
      'other-day': 'Another day',
      cancelled: 'Cancelled',
      'already-checked-in': 'Already in',
      'not-found': 'Not found',
      forged: 'Not authentic',
      unverified: 'To be checked',
    },
    explain: {
      valid: 'The booking is for today, at this time. Check the ID.',
      'too-early': (start: string) =>
        `The appointment is at ${start}: entry opens half an hour before.`,
      'too-late': (start: string) => `The appointment was at ${start}.`,
      'other-day': (day: string) => `The booking is for ${day}.`,
      cancelled: 'This booking has been cancelled.',
      'already-checked-in': (time: string) =>
        time ? `Already checked in at ${time}.` : 'Already checked in.',
      'not-found': 'No booking with this code. Check the code again.',
      forged:
        'The QR code’s signature is not valid: the receipt was altered or is not from this office.',
      unverified:
        'Without network a typed code cannot be checked: ask for the QR code. The entry will be checked when the network returns.',
    },
    holder: 'Name on the ID',
    appointment: 'Appointment',
    code: 'Code',
    offline:
      'Checked here without network (signature and time): the entry will be recorded when the connection returns. A recent cancellation cannot be seen.',
    queued: plural('en', {
      one: '# entry waiting to be sent',
      other: '# entries waiting to be sent',
    }),
    sendNow: 'Send now',
    synced: plural('en', { one: '# entry sent', other: '# entries sent' }),
    callBacks: plural('en', {
      one: '# person to call back',
      other: '# people to call back',
    }),
    sent: {
      title: 'Entries made without network: the outcome',
      intro:
        'The network is back: this is the outcome of each entry. If an entry is not valid, call the person back to the desk.',
      at: (time: string) => `at ${time}`,
      recorded: 'Recorded',
      refused: 'Not recorded',
      callBack: 'Call the person back',
      dismiss: 'Close the list',
    },
    keyMissing:
      'The key to check QR codes offline has not been downloaded yet: a connection is needed.',
  },
};
