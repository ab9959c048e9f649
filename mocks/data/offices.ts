import type { Office, OfficeKind } from '../../src/api/types.js';
import { italian, type Text } from '../internal/localized.js';

/** The nine court towns of the Florence district, with the addresses of their judicial offices. */
interface Town {
  slug: string;
  name: string;
  province: string;
  cap: string;
  prefix: string;
  tribunale: { address: string; phone: string; howToReach: Text };
  procura: { address: string; phone: string };
  unep: { address: string; phone: string };
  gdp: { address: string; phone: string };
}

export const TOWNS: Town[] = [
  {
    slug: 'arezzo',
    name: 'Arezzo',
    province: 'AR',
    cap: '52100',
    prefix: '0575',
    tribunale: {
      address: 'Piazza Falcone e Borsellino 1',
      phone: '0575 3181',
      howToReach: {
        it: 'Dalla stazione FS 10 minuti a piedi; parcheggio Pietri a 300 m.',
        en: '10 minutes’ walk from the railway station; Pietri car park 300 m away.',
        de: '10 Gehminuten vom Bahnhof; Parkplatz Pietri in 300 m Entfernung.',
      },
    },
    procura: { address: 'Piazza Falcone e Borsellino 1', phone: '0575 318500' },
    unep: { address: 'Via Guido Monaco 44', phone: '0575 354301' },
    gdp: { address: 'Via Francesco Crispi 20', phone: '0575 290611' },
  },
  {
    slug: 'firenze',
    name: 'Firenze',
    province: 'FI',
    cap: '50127',
    prefix: '055',
    tribunale: {
      address: 'Viale Alessandro Guidoni 61',
      phone: '055 7996111',
      howToReach: {
        it: 'Tramvia T2 fermata "Novoli - San Donato"; bus 22, 23, 57; parcheggio interrato a pagamento.',
        en: 'Tram T2, stop "Novoli - San Donato"; buses 22, 23, 57; paid underground car park.',
        de: 'Straßenbahn T2, Haltestelle „Novoli - San Donato“; Busse 22, 23, 57; kostenpflichtige Tiefgarage.',
      },
    },
    procura: { address: 'Viale Alessandro Guidoni 61', phone: '055 7997111' },
    unep: { address: 'Viale Alessandro Guidoni 61, edificio C', phone: '055 7996800' },
    gdp: { address: 'Viale Alessandro Guidoni 61, edificio F', phone: '055 7996611' },
  },
  {
    slug: 'grosseto',
    name: 'Grosseto',
    province: 'GR',
    cap: '58100',
    prefix: '0564',
    tribunale: {
      address: 'Piazza Albegna 1',
      phone: '0564 429111',
      howToReach: {
        it: 'Dalla stazione FS linea urbana 2; parcheggio gratuito in via Tevere.',
        en: 'City bus 2 from the railway station; free parking in via Tevere.',
        de: 'Vom Bahnhof Stadtbus Linie 2; kostenloser Parkplatz in der Via Tevere.',
      },
    },
    procura: { address: 'Piazza Albegna 1', phone: '0564 429300' },
    unep: { address: 'Via Monterosa 16', phone: '0564 415611' },
    gdp: { address: 'Via Saffi 17', phone: '0564 21140' },
  },
  {
    slug: 'livorno',
    name: 'Livorno',
    province: 'LI',
    cap: '57125',
    prefix: '0586',
    tribunale: {
      address: 'Via Falcone e Borsellino 1',
      phone: '0586 220111',
      howToReach: {
        it: 'Bus LAM Blu fermata "Tribunale"; dalla stazione FS 15 minuti a piedi.',
        en: 'LAM Blu bus, stop "Tribunale"; 15 minutes’ walk from the railway station.',
        de: 'Bus LAM Blu, Haltestelle „Tribunale“; 15 Gehminuten vom Bahnhof.',
      },
    },
    procura: { address: 'Via Falcone e Borsellino 1', phone: '0586 220400' },
    unep: { address: 'Via Marradi 118', phone: '0586 898211' },
    gdp: { address: 'Via Giuseppe Verdi 18', phone: '0586 883911' },
  },
  {
    slug: 'lucca',
    name: 'Lucca',
    province: 'LU',
    cap: '55100',
    prefix: '0583',
    tribunale: {
      address: 'Via Galli Tassi 61',
      phone: '0583 4471',
      howToReach: {
        it: 'Dentro le Mura, da Porta Santa Maria 5 minuti a piedi; parcheggio Mazzini.',
        en: 'Inside the city walls, 5 minutes’ walk from Porta Santa Maria; Mazzini car park.',
        de: 'Innerhalb der Stadtmauern, 5 Gehminuten von der Porta Santa Maria; Parkplatz Mazzini.',
      },
    },
    procura: { address: 'Via Galli Tassi 61', phone: '0583 447300' },
    unep: { address: 'Via Barsanti e Matteucci 190', phone: '0583 492611' },
    gdp: { address: 'Viale Cavour 38', phone: '0583 418311' },
  },
  {
    slug: 'pisa',
    name: 'Pisa',
    province: 'PI',
    cap: '56126',
    prefix: '050',
    tribunale: {
      address: 'Piazza della Repubblica 5',
      phone: '050 513111',
      howToReach: {
        it: 'Dalla stazione Pisa Centrale 15 minuti a piedi; bus LAM Rossa fermata "Tribunale".',
        en: '15 minutes’ walk from Pisa Centrale station; LAM Rossa bus, stop "Tribunale".',
        de: '15 Gehminuten vom Bahnhof Pisa Centrale; Bus LAM Rossa, Haltestelle „Tribunale“.',
      },
    },
    procura: { address: 'Piazza della Repubblica 5', phone: '050 513500' },
    unep: { address: 'Via Palestro 28', phone: '050 541511' },
    gdp: { address: 'Via Paparelli 22', phone: '050 9711211' },
  },
  {
    slug: 'pistoia',
    name: 'Pistoia',
    province: 'PT',
    cap: '51100',
    prefix: '0573',
    tribunale: {
      address: 'Piazza Duomo 6',
      phone: '0573 35711',
      howToReach: {
        it: 'Centro storico, zona a traffico limitato: parcheggio Cellini o Porta al Borgo, poi 10 minuti a piedi.',
        en: 'Historic centre, restricted traffic zone: park at Cellini or Porta al Borgo, then walk for 10 minutes.',
        de: 'Altstadt, Zone mit beschränktem Verkehr: Parkplatz Cellini oder Porta al Borgo, dann 10 Minuten zu Fuß.',
      },
    },
    procura: { address: 'Via XXVII Aprile 14', phone: '0573 35811' },
    unep: { address: 'Via Pacinotti 11', phone: '0573 975311' },
    gdp: { address: 'Via Panciatichi 4', phone: '0573 21911' },
  },
  {
    slug: 'prato',
    name: 'Prato',
    province: 'PO',
    cap: '59100',
    prefix: '0574',
    tribunale: {
      address: 'Piazza Giovanni Falcone e Paolo Borsellino 1',
      phone: '0574 50751',
      howToReach: {
        it: 'Bus LAM Rossa fermata "Palazzo di Giustizia"; parcheggio Cambioni.',
        en: 'LAM Rossa bus, stop "Palazzo di Giustizia"; Cambioni car park.',
        de: 'Bus LAM Rossa, Haltestelle „Palazzo di Giustizia“; Parkplatz Cambioni.',
      },
    },
    procura: { address: 'Piazza Giovanni Falcone e Paolo Borsellino 1', phone: '0574 507600' },
    unep: { address: 'Via Giuseppe Mazzoni 31', phone: '0574 437311' },
    gdp: { address: 'Via Giovanni Pascoli 53', phone: '0574 447711' },
  },
  {
    slug: 'siena',
    name: 'Siena',
    province: 'SI',
    cap: '53100',
    prefix: '0577',
    tribunale: {
      address: 'Viale Franci 26',
      phone: '0577 261111',
      howToReach: {
        it: 'Dalla stazione FS bus 3 e 9 fermata "Viale Franci"; parcheggio Il Campo a 400 m.',
        en: 'Buses 3 and 9 from the railway station, stop "Viale Franci"; Il Campo car park 400 m away.',
        de: 'Vom Bahnhof Busse 3 und 9, Haltestelle „Viale Franci“; Parkplatz Il Campo in 400 m Entfernung.',
      },
    },
    procura: { address: 'Viale Franci 26', phone: '0577 261500' },
    unep: { address: 'Via Lombardi 39', phone: '0577 46311' },
    gdp: { address: 'Via di Camollia 85', phone: '0577 41511' },
  },
];

const KIND_LABELS: Record<
  'tribunale' | 'procura' | 'unep' | 'gdp',
  { kind: OfficeKind; name: (town: string) => string; mail: string }
> = {
  tribunale: { kind: 'tribunale', name: (t) => `Tribunale di ${t}`, mail: 'tribunale' },
  procura: {
    kind: 'procura',
    name: (t) => `Procura della Repubblica presso il Tribunale di ${t}`,
    mail: 'procura',
  },
  unep: { kind: 'unep', name: (t) => `UNEP - Ufficiali giudiziari di ${t}`, mail: 'unep' },
  gdp: { kind: 'giudice-di-pace', name: (t) => `Giudice di Pace di ${t}`, mail: 'gdp' },
};

export function seedOffices(): Office[] {
  return TOWNS.flatMap((town) =>
    (['tribunale', 'procura', 'unep', 'gdp'] as const).map((key): Office => {
      const label = KIND_LABELS[key];
      const place = town[key];
      return {
        id: `${key}-${town.slug}`,
        name: label.name(town.name),
        kind: label.kind,
        town: town.name,
        province: town.province,
        address: `${place.address}, ${town.cap} ${town.name} (${town.province})`,
        phone: place.phone,
        email: `${label.mail}.${town.slug}@giustizia.it`,
        pec: `prot.${label.mail}.${town.slug}@giustiziacert.it`,
        website: `https://${key === 'gdp' ? 'gdp' : key}-${town.slug}.giustizia.it`,
        // Every office of a town shares the directions to its Tribunale.
        howToReach: italian(town.tribunale.howToReach),
        timeZone: 'Europe/Rome',
      };
    }),
  );
}

/** The office whose case-event feed does not answer, so that partial results can be shown. */
export const UNAVAILABLE_FEED_OFFICE = 'tribunale-livorno';
