import { plural } from '../../../i18n/plural.js';
import type { CertificateStatusMessages } from './it.js';

export const en: CertificateStatusMessages = {
  certificateStatus: {
    title: 'Where is my certificate request',
    intro: 'Type the number you got with the request and the date of birth of the person.',
    number: 'Request number',
    numberHint: 'Like LU-2026-000123: it is in the confirmation of the request.',
    birthDate: 'Date of birth of the person the certificate is about',
    birthDateHint: 'Like 12/04/1985 (day/month/year).',
    check: 'Check',
    checking: 'Checking…',
    states: {
      received: 'Request received',
      'in-preparation': 'Being prepared',
      ready: 'Ready',
      collected: 'Collected',
      cancelled: 'Cancelled',
    },
    explain: {
      received: 'Request received: the office will take it up.',
      'in-preparation': (readyFrom: string) =>
        `Being prepared: the office is preparing the certificate, ready from ${readyFrom}.`,
      ready: (readyFrom: string) => `Ready: you can collect it from ${readyFrom}.`,
      collected: 'Collected: the certificate has already been handed over.',
      cancelled:
        'Cancelled: the request is no longer valid. If you need the certificate, make a new one.',
    },
    numberLine: (number: string) => `Request ${number}`,
    certificates: plural('en', {
      one: '1 certificate requested.',
      other: '# certificates requested.',
    }),
    updated: (date: string) => `Last update: ${date}.`,
    notFound:
      'We cannot find a request with this number and this date of birth: check what you typed.',
    tooMany: 'Too many tries with wrong details. Try again later.',
    tooManyMinutes: plural('en', {
      one: 'Too many tries with wrong details. Try again in 1 minute.',
      other: 'Too many tries with wrong details. Try again in # minutes.',
    }),
    problems: {
      required: 'This field is required.',
      'number-format': 'Type the number as in the confirmation, for example LU-2026-000123.',
      'date-format': 'Type a real date, like 12/04/1985.',
      'date-future': 'The date of birth cannot be in the future.',
    },
  },
};
