import countries from 'world-countries';
import type { CultureName } from './names';

export interface Country {
  readonly code: string; // ISO 3166-1 alpha-2, as in the corpus schema
  readonly name: string; // "Sweden", "the United Kingdom"
  readonly demonym: string; // "Swedish"
  readonly capital: string;
  readonly culture: CultureName;
  /** Relative chance that a speaker comes from here: mostly Western Europe and North America. */
  readonly weight: number;
}

// Countries whose English name takes "the" in running text ("in the Netherlands").
const WITH_ARTICLE = /^(United|Netherlands|Philippines|Bahamas|Gambia|Maldives|Seychelles|Comoros|Central African|Dominican Republic|Czech Republic)|Islands$/;

const CULTURE_BY_CODE: Record<string, CultureName> = {
  GB: 'english', US: 'english', CA: 'english', AU: 'english', NZ: 'english', IE: 'irish',
  DE: 'german', AT: 'german', CH: 'german', LI: 'german', LU: 'german',
  SE: 'nordic', NO: 'nordic', DK: 'nordic', IS: 'nordic', FI: 'finnish',
  FR: 'french', BE: 'french', MC: 'french', NL: 'dutch',
  IT: 'italian', SM: 'italian', MT: 'italian', VA: 'italian',
  ES: 'iberian', PT: 'iberian', AD: 'iberian', GR: 'greek', CY: 'greek',
  EE: 'baltic', LV: 'baltic', LT: 'baltic', HU: 'hungarian', RO: 'romanian', MD: 'romanian',
  TR: 'turkish', AZ: 'turkish', IR: 'persian', AF: 'persian', TJ: 'persian',
  PH: 'southeastAsian', BR: 'iberian',
};

const CULTURE_BY_SUBREGION: Record<string, CultureName> = {
  'Eastern Europe': 'slavic', 'Central Europe': 'slavic', 'Southeast Europe': 'slavic',
  'Western Asia': 'arabic', 'Northern Africa': 'arabic', 'Central Asia': 'turkish',
  'Southern Asia': 'southAsian', 'Eastern Asia': 'eastAsian', 'South-Eastern Asia': 'southeastAsian',
  'Western Africa': 'westAfrican', 'Middle Africa': 'westAfrican',
  'Eastern Africa': 'eastAfrican', 'Southern Africa': 'eastAfrican',
  'South America': 'latin', 'Central America': 'latin', Caribbean: 'latin', 'North America': 'latin',
  Melanesia: 'southeastAsian', Micronesia: 'southeastAsian', Polynesia: 'southeastAsian',
};

// Where conferences like these draw most speakers from; the rest of the heavy subregions follow.
const MOST_FREQUENT = new Set(['US', 'GB', 'DE', 'FR', 'IT', 'CA', 'SE', 'NO', 'NL', 'BE', 'CH', 'ES', 'AU', 'AT', 'DK', 'IE', 'FI']);
const HEAVY_SUBREGIONS = new Set(['Northern Europe', 'Western Europe', 'Southern Europe', 'North America', 'Australia and New Zealand']);

function buildCountries(): Country[] {
  const list = countries.filter((c) => c.independent && c.unMember);
  const demonymCount = new Map<string, number>();
  for (const c of list) {
    const d = c.demonyms['eng']?.m ?? '';
    demonymCount.set(d, (demonymCount.get(d) ?? 0) + 1);
  }
  const out: Country[] = [];
  for (const c of list) {
    const demonym = c.demonyms['eng']?.m ?? '';
    // Skip demonyms a reader could not map back to one country ("Congolese", "Djibouti").
    if (!demonym || /,| or /.test(demonym) || demonym === c.name.common || demonymCount.get(demonym) !== 1) continue;
    const culture = CULTURE_BY_CODE[c.cca2] ?? CULTURE_BY_SUBREGION[c.subregion] ?? 'english';
    out.push({
      code: c.cca2,
      name: WITH_ARTICLE.test(c.name.common) ? `the ${c.name.common}` : c.name.common,
      demonym,
      capital: c.capital[0] ?? c.name.common,
      culture,
      weight: MOST_FREQUENT.has(c.cca2) ? 30 : HEAVY_SUBREGIONS.has(c.subregion) ? 5 : c.subregion === 'Central Europe' ? 4 : 1,
    });
  }
  return out;
}

export const COUNTRIES: readonly Country[] = buildCountries();
export const COUNTRY_WEIGHTS: readonly number[] = COUNTRIES.map((c) => c.weight);

/** "Sweden" for a sentence start, keeping "The United Kingdom" capitalised. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The nations the events are about. Invented, so that synthetic speeches accuse no
 * real government; the speakers themselves come from real countries.
 */
export interface Nation {
  readonly name: string;
  readonly demonym: string;
  readonly culture: CultureName;
  /** The opposition movement its exiles rally behind, and its acronym. */
  readonly movement: string;
  readonly acronym: string;
  readonly capital: string;
}

export const NATIONS: readonly Nation[] = [
  { name: 'Valdoria', demonym: 'Valdorian', culture: 'persian', movement: 'Valdorian Democratic Front', acronym: 'VDF', capital: 'Tessaly' },
  { name: 'Karesh', demonym: 'Kareshi', culture: 'arabic', movement: 'National Council for a Free Karesh', acronym: 'NCFK', capital: 'Ormuz-Kal' },
  { name: 'Morvania', demonym: 'Morvanian', culture: 'slavic', movement: 'Morvanian Civic Alliance', acronym: 'MCA', capital: 'Velgrad' },
  { name: 'Estralia', demonym: 'Estralian', culture: 'latin', movement: 'Estralian Movement for Democratic Change', acronym: 'EMDC', capital: 'San Aurelio' },
  { name: 'Tavistan', demonym: 'Tavistani', culture: 'turkish', movement: 'Tavistan Freedom Coalition', acronym: 'TFC', capital: 'Korvabad' },
  { name: 'Belmaria', demonym: 'Belmarian', culture: 'eastAfrican', movement: 'Belmarian People’s Assembly', acronym: 'BPA', capital: 'Port Imani' },
  { name: 'Drovenia', demonym: 'Drovenian', culture: 'slavic', movement: 'Union for a Democratic Drovenia', acronym: 'UDD', capital: 'Strelsk' },
  { name: 'Halvoria', demonym: 'Halvorian', culture: 'southAsian', movement: 'Halvorian National Resistance', acronym: 'HNR', capital: 'Ravipur' },
  { name: 'Zentara', demonym: 'Zentaran', culture: 'westAfrican', movement: 'Zentaran Coalition for Justice', acronym: 'ZCJ', capital: 'Akonra' },
  { name: 'Ilvaria', demonym: 'Ilvarian', culture: 'eastAsian', movement: 'Ilvarian League for Liberty', acronym: 'ILL', capital: 'Henshan' },
];

const UNI_STEMS = ['Northfield', 'Ridgemont', 'Saint Aldric', 'Hallbrook', 'Westmere', 'Larkhaven', 'Ashcombe', 'Brightwater', 'Kingsmoor', 'Easterly', 'Greywell', 'Silverton'];
const UNI_FORMS = ['{s} University', 'University of {s}', '{s} Institute of Technology', '{s} School of Public Policy', '{s} College of Law'];
export const UNIVERSITIES: readonly string[] = UNI_STEMS.flatMap((s) => UNI_FORMS.map((f) => f.replace('{s}', s)));

/** Invented organisations with no national tie; "{D}" takes a nation's demonym. */
export const ORGANISATIONS: readonly string[] = [
  'Council of Free Voices', 'Alliance for Civic Renewal', 'Coalition for Open Societies', 'Forum for Democratic Dialogue',
  'Women’s Forum for Equality', 'International Committee for Political Prisoners', 'Network of Independent Journalists',
  'Foundation for Rights and Accountability', 'Lawyers for Due Process', 'Global Youth for Liberty', 'Association of Exiled Scholars',
  'Committee for Secular Democracy', 'Parliamentary Friends of Civil Society', 'Centre for Transitional Justice',
];

export const PROFESSIONS: readonly string[] = [
  'Architect', 'Civil Engineer', 'Software Developer', 'Pharmacist', 'Dentist', 'Accountant', 'Poet', 'Painter', 'Physician',
  'Nurse', 'Schoolteacher', 'Economist', 'Lawyer', 'Journalist', 'Electrical Technician', 'Data Analyst', 'Musician', 'Student of Medicine',
  'Graphic Designer', 'Researcher', 'Football Coach', 'Chemist', 'Translator', 'Small Business Owner',
];

export const PORTFOLIOS: readonly string[] = [
  'Foreign Affairs', 'Justice', 'Interior', 'Defence', 'Education', 'Health', 'Trade and Industry', 'Culture', 'European Affairs', 'Labour',
];

export const COMMITTEES: readonly string[] = ['Foreign Affairs', 'Human Rights', 'Justice', 'Defence', 'European Affairs', 'Migration'];
