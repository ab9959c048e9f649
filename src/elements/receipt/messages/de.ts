import { plural } from '../../../i18n/plural.js';
import type { ReceiptMessages } from './it.js';

export const de: ReceiptMessages = {
  receipt: {
    title: 'Ihre Buchung',
    status: {
      confirmed: 'Buchung bestätigt',
      cancelled: 'Buchung storniert',
      'checked-in': 'Eintritt bereits erfasst',
      past: 'Termin vorbei',
    },
    statusHint: {
      confirmed:
        'Zeigen Sie diese Bestätigung am Eingang vor, gedruckt oder am Handy, mit einem Ausweis.',
      cancelled: 'Der Platz wurde freigegeben. Diese Bestätigung gilt nicht mehr für den Eintritt.',
      'checked-in': 'Diese Bestätigung wurde am Eingang bereits verwendet.',
      past: 'Das Datum dieses Termins ist vorbei.',
    },
    cancelledOn: (when: string) => `Storniert am ${when}.`,
    checkedInAt: (when: string) => `Eintritt erfasst um ${when}.`,
    code: 'Buchungscode',
    holder: 'Vorgemerkt für',
    holderHint: 'Am Eingang wird ein Ausweis mit diesem Namen verlangt.',
    when: 'Datum und Uhrzeit',
    timeRange: (start: string, end: string) => `von ${start} bis ${end} Uhr`,
    officeTime: 'Italienische Zeit, die des Amtes.',
    where: 'Wo',
    counter: 'Schalter',
    howToReach: 'Anfahrt',
    purpose: 'Anliegen',
    acts: plural('de', { one: '# Akt', other: '# Akten' }),
    whatToBring: 'Mitzubringen',
    contacts: 'Kontakt des Amtes',
    phone: 'Telefon',
    qrLabel: 'QR-Code für den Eingang',
    qrHint:
      'Das Personal am Eingang liest diesen Code. Falls er nicht funktioniert, nennen Sie den Code.',
    actions: 'Was Sie tun können',
    print: 'Bestätigung drucken',
    addToCalendar: 'Zum Kalender hinzufügen',
    changeDate: 'Datum ändern',
    cancel: 'Buchung stornieren',
    cancelUntil: (when: string) => `Stornieren oder Datum ändern ist bis ${when} möglich.`,
    cancelClosed: (when: string) =>
      `Online stornieren oder das Datum ändern ist nicht mehr möglich (Frist: ${when}): wenden Sie sich an das Amt.`,
    confirmTitle: 'Buchung stornieren?',
    confirmText: (code: string, when: string) =>
      `Die Buchung ${code} am ${when} wird storniert und der Platz anderen gegeben. Das kann nicht rückgängig gemacht werden.`,
    confirmYes: 'Ja, Buchung stornieren',
    confirmNo: 'Nein, behalten',
    cancelling: 'Wird storniert…',
    cancelledNow: 'Buchung storniert. Der Platz wurde freigegeben.',
    tooLateToCancel:
      'Die Frist für die Online-Stornierung ist abgelaufen. Wenden Sie sich an das Amt.',
    bookAgain: 'Neuen Termin vormerken',
    changeTitle: 'Neues Datum wählen',
    changeHint:
      'Ihre jetzige Buchung bleibt gültig, bis Sie die neue bestätigen: erst dann wird sie storniert.',
    keepCurrent: 'Buchung unverändert lassen',
    changedNow: (oldCode: string) =>
      `Datum geändert. Die Buchung ${oldCode} wurde storniert; dies ist die neue Bestätigung. Sie erhalten auch eine E-Mail mit dem neuen Link.`,
    calendarSummary: (service: string) => `Termin: ${service}`,
    calendarDescription: (code: string, purpose: string, until: string) =>
      `Buchungscode: ${code}\nAnliegen: ${purpose}\nBringen Sie die Bestätigung mit QR-Code und einen Ausweis mit.\nZum Stornieren oder Ändern öffnen Sie den Link in der Bestätigungs-E-Mail, bis ${until}.`,
    missing: 'Der Buchungscode fehlt. Öffnen Sie den Link in Ihrer Bestätigungs-E-Mail.',
    notFound:
      'Wir finden keine Buchung mit diesem Code. Prüfen Sie den Link in der Bestätigungs-E-Mail: Wenn Sie ihn von Hand kopiert haben, fehlt vielleicht ein Teil.',
    wrongToken:
      'Der Link gilt nicht für diese Buchung: Vielleicht ist er unvollständig. Öffnen Sie ihn erneut aus der Bestätigungs-E-Mail.',
  },
};
