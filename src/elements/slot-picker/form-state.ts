/** What the visitor types on the details step; kept while they move between steps. */
export interface BookingForm {
  purposeId: string;
  purposeText: string;
  acts: number;
  givenName: string;
  familyName: string;
  fiscalCode: string;
  email: string;
  phone: string;
  consent: boolean;
}

export type BookingField = keyof BookingForm;

/** Why a field is wrong; each maps to a sentence in the catalogues. */
export type FieldProblem =
  | 'required'
  | 'too-long'
  | 'invalid'
  | 'email'
  | 'phone'
  | 'acts'
  | 'fiscal-length'
  | 'fiscal-format'
  | 'fiscal-date'
  | 'fiscal-check'
  | 'consent';

export type FieldProblems = Partial<Record<BookingField, FieldProblem>>;

/** Fields in the order they appear, which is the order of the error summary. */
export const BOOKING_FIELDS: readonly BookingField[] = [
  'purposeId',
  'purposeText',
  'acts',
  'givenName',
  'familyName',
  'fiscalCode',
  'email',
  'phone',
  'consent',
];

export function emptyBookingForm(): BookingForm {
  return {
    purposeId: '',
    purposeText: '',
    acts: 1,
    givenName: '',
    familyName: '',
    fiscalCode: '',
    email: '',
    phone: '',
    consent: false,
  };
}
