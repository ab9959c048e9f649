import type { Booking } from '../../api/types.js';

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
  | 'name-too-long'
  | 'text-too-long'
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

/** Something that looks wrong but may be right (the visitor may go on); each maps to a sentence. */
export type FieldWarning = 'fiscal-name';

export type FieldWarnings = Partial<Record<BookingField, FieldWarning>>;

/** Who the booking is for: a change of date keeps them. */
export const HOLDER_FIELDS: readonly BookingField[] = ['givenName', 'familyName', 'fiscalCode'];

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

/** The form of a booking being moved to another date: its purpose, acts, holder and consent. */
export function formFromBooking(booking: Booking): BookingForm {
  const { holder } = booking;
  return {
    ...emptyBookingForm(),
    purposeId: booking.purpose.id,
    purposeText: booking.purpose.text ?? '',
    acts: booking.acts,
    ...(holder
      ? {
          givenName: holder.givenName,
          familyName: holder.familyName,
          fiscalCode: holder.fiscalCode,
          email: holder.email,
          phone: holder.phone ?? '',
        }
      : {}),
    // The booking was made with it; the visitor can still untick it.
    consent: true,
  };
}
