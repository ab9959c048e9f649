import { expect } from '@open-wc/testing';
import { fiscalCodeOf } from '../../mocks/internal/fiscal-code.js';
import { negotiateLanguage } from '../../mocks/internal/localized.js';
import { api, bookingBody, createClock, post, STAFF, useMockApi } from './setup.js';

const SERVICE = 'tribunale-pistoia-contenzioso-civile';
const MONDAY_9 = `${SERVICE}_2026-07-06_0900`;
const GERMAN = { 'Accept-Language': 'de, it;q=0.5' };
const ENGLISH = { 'Accept-Language': 'en, it;q=0.5' };
const SUBJECT = {
  familyName: 'Bartolini',
  givenName: 'Anna',
  sex: 'F',
  birthDate: '1985-04-12',
  birthPlaceCode: 'G713',
} as const;

function get(path: string, headers: Record<string, string> = {}) {
  return api(path, { headers });
}

describe('reference server: languages', () => {
  beforeEach(async () => {
    await useMockApi({ now: createClock('2026-07-01T08:00:00Z').now, prebooked: false });
  });

  it('answers a counter in German and English, ids and proper names unchanged', async () => {
    const it = await get(`/services/${SERVICE}`);
    const de = await get(`/services/${SERVICE}`, GERMAN);
    const en = await get(`/services/${SERVICE}`, ENGLISH);
    expect([it.body.name, de.body.name, en.body.name]).to.deep.equal([
      'Cancelleria contenzioso civile',
      'Geschäftsstelle für streitige Zivilsachen',
      'Civil litigation registry',
    ]);
    expect(de.body.location).to.equal('1. Stock, Raum 104');
    expect(de.body.whatToBring[0]).to.equal('Gültiger Ausweis');
    expect(de.body.purposes.map((p: { label: string }) => p.label)).to.include(
      'Sonstiges (bitte angeben)',
    );
    expect(en.body.purposes.map((p: { id: string }) => p.id)).to.deep.equal(
      it.body.purposes.map((p: { id: string }) => p.id),
    );
    expect([de.body.id, de.body.officeId]).to.deep.equal([SERVICE, 'tribunale-pistoia']);
  });

  it('says the language in Content-Language, and that answers vary by it', async () => {
    const de = await get('/offices/tribunale-pistoia', GERMAN);
    expect(de.headers.get('Content-Language')).to.equal('de');
    expect(de.headers.get('Vary')).to.contain('Accept-Language');
    expect(de.body.name).to.equal('Tribunale di Pistoia');
    expect(de.body.address).to.equal('Piazza Duomo 6, 51100 Pistoia (PT)');
    expect(de.body.howToReach).to.match(/^Altstadt, /);
    const it = await get('/offices/tribunale-pistoia');
    expect(it.headers.get('Content-Language')).to.equal('it');
  });

  it('falls back to Italian for a language it does not have', async () => {
    for (const header of ['fr-FR, fr;q=0.9', 'es', '*']) {
      const { body, headers } = await get(`/offices/tribunale-pistoia/services`, {
        'Accept-Language': header,
      });
      expect(headers.get('Content-Language'), header).to.equal('it');
      expect(body[0].name, header).to.equal('Cancelleria contenzioso civile');
    }
  });

  it('picks the best of it/en/de by quality and region', () => {
    expect(negotiateLanguage('fr, de-AT;q=0.8, en;q=0.9')).to.equal('en');
    expect(negotiateLanguage('de-CH')).to.equal('de');
    expect(negotiateLanguage('en;q=0, it;q=0.1')).to.equal('it');
    expect(negotiateLanguage(null)).to.equal('it');
  });

  it('has German and English for every counter text it serves', async () => {
    // Counters come from one set per kind of office: one town has them all.
    const { body: offices } = await get('/offices?q=pistoia');
    expect(offices).to.have.length(4);
    for (const office of offices) {
      const it = (await get(`/offices/${office.id}/services`)).body;
      for (const headers of [GERMAN, ENGLISH]) {
        const other = (await get(`/offices/${office.id}/services`, headers)).body;
        it.forEach((service: Record<string, unknown>, i: number) => {
          const texts = (s: Record<string, unknown>) =>
            [
              s.name,
              s.description,
              s.location,
              ...(s.whatToBring as string[]),
              ...(s.purposes as Array<{ label: string }>).map((p) => p.label),
            ] as string[];
          const before = texts(service);
          texts(other[i]).forEach((text, j) =>
            expect(text, `${service.id as string}: ${before[j]}`).not.to.equal(before[j]),
          );
        });
      }
    }
  });

  it('names closures in the language asked for', async () => {
    const path = `/services/${SERVICE}/availability?from=2026-07-25&to=2026-08-15`;
    const days = (await get(path, GERMAN)).body.days as Array<{ date: string; reason?: string }>;
    const reason = (date: string) => days.find((day) => day.date === date)?.reason;
    expect(reason('2026-07-25')).to.equal('San Jacopo (Fest des Stadtpatrons)');
    expect(reason('2026-08-15')).to.equal('Mariä Himmelfahrt');
    const english = (await get(path, ENGLISH)).body.days[0].reason;
    expect(english).to.equal('San Jacopo (patron saint’s day)');
  });

  it('answers a booking and its replay in the language of each request', async () => {
    const key = crypto.randomUUID();
    const body = bookingBody(MONDAY_9, 1, { purposeId: 'altro', purposeText: 'Deposito di atti' });
    const de = await post('/bookings', body, { ...GERMAN, 'Idempotency-Key': key });
    expect(de.status).to.equal(201);
    expect(de.headers.get('Content-Language')).to.equal('de');
    expect(de.body.service.name).to.equal('Geschäftsstelle für streitige Zivilsachen');
    expect(de.body.purpose).to.deep.equal({
      id: 'altro',
      label: 'Sonstiges (bitte angeben)',
      text: 'Deposito di atti',
    });
    const replay = await post('/bookings', body, { ...ENGLISH, 'Idempotency-Key': key });
    expect(replay.body.code).to.equal(de.body.code);
    expect(replay.body.service.name).to.equal('Civil litigation registry');

    const token = { 'Booking-Token': de.body.token as string };
    const read = await get(`/bookings/${de.body.code}`, { ...ENGLISH, ...token });
    expect(read.body.service.whatToBring[0]).to.equal('A valid identity document');
    expect(read.body.holderName).to.equal(de.body.holderName);
    const checkIn = await post('/check-ins', { code: de.body.code }, { ...GERMAN, ...STAFF });
    expect(checkIn.body.booking.purpose.label).to.equal('Sonstiges (bitte angeben)');
  });

  it('translates certificate offers, fee lines and case events, not legal references', async () => {
    const config = (await get('/certificates/config?officeId=procura-lucca', GERMAN)).body;
    expect(config.types[0].label).to.equal('Allgemeine Strafregisterbescheinigung');
    const adoption = config.uses.find((use: { id: string }) => use.id === 'adozione');
    expect([adoption.label, adoption.legalBasis]).to.deep.equal([
      'Adoption oder Pflegeanvertrauung Minderjähriger',
      'L. 184/1983, art. 82',
    ]);
    expect(config.collectionPlace).to.equal('Strafregisteramt, Erdgeschoss');

    const request = (useId: string) =>
      post(
        '/certificate-requests',
        {
          officeId: 'procura-lucca',
          certificates: ['carichi-pendenti'],
          useId,
          urgent: false,
          subject: { ...SUBJECT, fiscalCode: fiscalCodeOf(SUBJECT) },
          email: 'anna@example.it',
          collection: 'counter',
          privacyConsent: true,
        },
        ENGLISH,
      );
    const paid = (await request('lavoro')).body;
    expect(paid.fees.map((fee: { label: string }) => fee.label)).to.deep.equal([
      'Revenue stamp - Pending criminal charges certificate',
      'Certificate fee - Pending criminal charges certificate',
    ]);
    const exempt = (await request('adozione')).body;
    expect(exempt.fees[0].label).to.equal(
      'Exempt from revenue stamp and fees (L. 184/1983, art. 82)',
    );
    const onlus = (await request('onlus')).body;
    expect(onlus.fees[0].label).to.equal(
      'Exempt from revenue stamp (DPR 642/1972, allegato B, art. 27-bis)',
    );

    const events = await get('/me/case-events?office=tribunale-pistoia', { ...ENGLISH, ...STAFF });
    expect(events.headers.get('Content-Language')).to.equal('en');
    expect(events.body.events.map((e: { title: string }) => e.title)).to.include(
      'Judgment no. 231/2025 published',
    );
  });
});
