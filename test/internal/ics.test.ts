import { expect } from '@open-wc/testing';
import {
  addressWithTown,
  calendarFile,
  icsEscape,
  icsFold,
  icsUtc,
} from '../../src/internal/ics.js';

describe('internal/ics', () => {
  it('writes instants in UTC', () => {
    expect(icsUtc('2026-07-06T09:00:00+02:00')).to.equal('20260706T070000Z');
    expect(icsUtc('2026-01-12T09:00:00+01:00')).to.equal('20260112T080000Z');
  });

  it('writes the town once: after a street that lacks it, never after an address that has it', () => {
    expect(addressWithTown('Piazza Duomo 6, 51100 Pistoia (PT)', 'Pistoia')).to.equal(
      'Piazza Duomo 6, 51100 Pistoia (PT)',
    );
    expect(addressWithTown('Piazza Duomo 6', 'Pistoia')).to.equal('Piazza Duomo 6, Pistoia');
    expect(addressWithTown('Via Pistoiese 3', 'Pistoia')).to.equal('Via Pistoiese 3, Pistoia');
    // A street named after the town is not the town.
    expect(addressWithTown('Via Prato 5', 'Prato')).to.equal('Via Prato 5, Prato');
    expect(addressWithTown('Via Roma 1, 39100 bolzano', 'Bolzano')).to.equal(
      'Via Roma 1, 39100 bolzano',
    );
    expect(
      addressWithTown("Via Emilia 2, 42121 Reggio nell'Emilia (RE)", "Reggio nell'Emilia"),
    ).to.equal("Via Emilia 2, 42121 Reggio nell'Emilia (RE)");
    expect(addressWithTown('', 'Pistoia')).to.equal('Pistoia');
    expect(addressWithTown('Piazza Duomo 6', undefined)).to.equal('Piazza Duomo 6');
  });

  it('escapes text values', () => {
    expect(icsEscape('a;b,c\\d\ne')).to.equal('a\\;b\\,c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting a character, and unfolds back', () => {
    const line = `DESCRIPTION:${'è'.repeat(100)}`;
    const folded = icsFold(line);
    for (const part of folded.split('\r\n')) {
      expect(new TextEncoder().encode(part).length).to.be.at.most(75);
    }
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
  });

  it('makes one VEVENT with the fields given', () => {
    const file = calendarFile({
      uid: 'ABCD-1234@sportello',
      start: '2026-07-06T09:00:00+02:00',
      end: '2026-07-06T09:20:00+02:00',
      summary: 'Appuntamento',
      location: 'Tribunale di Pistoia, Piazza del Duomo 6',
      description: 'Codice: ABCD-1234',
      stamp: new Date('2026-07-01T08:00:00Z'),
    });
    const lines = file.split('\r\n');
    expect(lines).to.include.members([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'UID:ABCD-1234@sportello',
      'DTSTAMP:20260701T080000Z',
      'DTSTART:20260706T070000Z',
      'DTEND:20260706T072000Z',
      'LOCATION:Tribunale di Pistoia\\, Piazza del Duomo 6',
      'END:VCALENDAR',
    ]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
  });
});
