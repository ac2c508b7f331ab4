import { geoEqualEarth, geoPath, interpolateRgbBasis, scaleSequential, ticks, type ScaleSequential } from 'd3';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
// The one table of country names, shared with the bar chart, table and exports (see countryName.ts).
import { COUNTRY_NAMES } from './countryNames';

/**
 * ISO 3166-1 numeric → alpha-2 for every country in `world-countries`, packed as
 * "NNNAA" runs so the browser does not ship that 1.4 MB package. geo.test.ts
 * re-derives this string from the package and fails if they drift; regenerate
 * with the one-liner in that test.
 */
const NUMERIC_ALPHA2 =
  '004AF008AL010AQ012DZ016AS020AD024AO028AG031AZ032AR036AU040AT044BS048BH050BD051AM052BB056BE060BM064BT068BO070BA072BW074BV076BR084BZ086IO090SB092VG096BN100BG104MM108BI112BY116KH120CM124CA132CV136KY140CF144LK148TD152CL156CN158TW162CX166CC170CO174KM175YT178CG180CD184CK188CR191HR192CU196CY203CZ204BJ208DK212DM214DO218EC222SV226GQ231ET232ER233EE234FO238FK239GS242FJ246FI248AX250FR254GF258PF260TF262DJ266GA268GE270GM275PS276DE288GH292GI296KI300GR304GL308GD312GP316GU320GT324GN328GY332HT334HM336VA340HN344HK348HU352IS356IN360ID364IR368IQ372IE376IL380IT384CI388JM392JP398KZ400JO404KE408KP410KR414KW417KG418LA422LB426LS428LV430LR434LY438LI440LT442LU446MO450MG454MW458MY462MV466ML470MT474MQ478MR480MU484MX492MC496MN498MD499ME500MS504MA508MZ512OM516NA520NR524NP528NL531CW533AW534SX535BQ540NC548VU554NZ558NI562NE566NG570NU574NF578NO580MP581UM583FM584MH585PW586PK591PA598PG600PY604PE608PH612PN616PL620PT624GW626TL630PR634QA638RE642RO643RU646RW652BL654SH659KN660AI662LC663MF666PM670VC674SM678ST682SA686SN688RS690SC694SL702SG703SK704VN705SI706SO710ZA716ZW724ES728SS729SD732EH740SR744SJ748SZ752SE756CH760SY762TJ764TH768TG772TK776TO780TT784AE788TN792TR795TM796TC798TV800UG804UA807MK818EG826GB831GG832JE833IM834TZ840US850VI854BF858UY860UZ862VE876WF882WS887YE894ZM';

let numericIndex: Map<string, string> | undefined;

/** "840" or 840 → "US"; undefined for codes no country has (or none at all). */
export function alpha2FromNumeric(id: string | number | undefined | null): string | undefined {
  if (id === undefined || id === null || id === '') return undefined;
  if (!numericIndex) {
    numericIndex = new Map();
    for (let i = 0; i + 5 <= NUMERIC_ALPHA2.length; i += 5) {
      numericIndex.set(NUMERIC_ALPHA2.slice(i, i + 3), NUMERIC_ALPHA2.slice(i + 3, i + 5));
    }
  }
  return numericIndex.get(String(id).padStart(3, '0'));
}

/**
 * Natural Earth shapes that have no ISO numeric code in world-atlas. Only Kosovo has a
 * widely used user-assigned alpha-2 (XK, as in world-countries); N. Cyprus and
 * Somaliland stay unmapped so no speaker count is drawn on them.
 */
const ALPHA2_BY_ATLAS_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' };

export interface CountryShape {
  /** ISO alpha-2, or undefined for shapes that are not an ISO country. */
  cca2: string | undefined;
  /** The app's name for the country (countryName), else the atlas name. */
  name: string;
  feature: Feature<Geometry>;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

/** world-atlas countries TopoJSON → one shape per country with its alpha-2 code. */
export function computeCountryShapes(topology: unknown): CountryShape[] {
  const topo = topology as CountriesTopology;
  if (!topo || topo.type !== 'Topology' || !topo.objects?.countries) throw new Error('Map geometry is not a world-atlas countries topology');
  const collection = feature(topo, topo.objects.countries);
  return collection.features.map((f) => {
    const atlasName = (f.properties as { name?: string } | null)?.name ?? '';
    const cca2 = alpha2FromNumeric(f.id as string | undefined) ?? ALPHA2_BY_ATLAS_NAME[atlasName];
    return { cca2, name: (cca2 && COUNTRY_NAMES[cca2]) || atlasName || 'Unknown', feature: f as Feature<Geometry> };
  });
}

export interface CountryPath {
  cca2: string | undefined;
  name: string;
  d: string;
}

/** SVG path strings for the shapes, Equal Earth projection fitted to width × height. */
export function computeCountryPaths(shapes: readonly CountryShape[], width: number, height: number): CountryPath[] {
  if (shapes.length === 0 || width <= 0 || height <= 0) return [];
  const projection = geoEqualEarth().fitSize([width, height], { type: 'FeatureCollection', features: shapes.map((s) => s.feature) });
  const path = geoPath(projection);
  return shapes.map((s) => ({ cca2: s.cca2, name: s.name, d: path(s.feature) ?? '' })).filter((p) => p.d !== '');
}

/** Fill for countries with no speakers (and shapes with no ISO code). */
export const NO_DATA_COLOR = '#e6e6e6';

/**
 * The lightest fill a country with speakers gets: Blues(0) is near-white and would be
 * hard to tell from NO_DATA_COLOR, so counts use the [0.3, 1] part of the ramp.
 */
const RAMP_START = 0.3;

/**
 * ColorBrewer Blues (9 classes): `interpolateRgbBasis` of these is exactly d3's
 * `interpolateBlues` (the test checks), without bundling every d3-scale-chromatic scheme.
 */
const BLUES = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];
const interpolateBlues = interpolateRgbBasis(BLUES);

/** Single-hue sequential ramp (readable with any colour-vision deficiency), 0 → max. */
export function computeColorScale(counts: Iterable<number>): ScaleSequential<string> {
  let max = 0;
  for (const n of counts) if (Number.isFinite(n) && n > max) max = n;
  return scaleSequential((t: number) => interpolateBlues(RAMP_START + (1 - RAMP_START) * t)).domain([0, Math.max(1, max)]);
}

/** Fill for one country: grey when absent or zero, else the ramp. */
export function computeFill(scale: ScaleSequential<string>, n: number | undefined): string {
  return n && n > 0 ? scale(n) : NO_DATA_COLOR;
}

/**
 * Integer ticks for the ramp's legend bar (which spans 0 → max): whole numbers above 0,
 * always ending at max. Zero is not a tick because zero is the separate grey swatch; a
 * round tick within 15% of max is dropped so its label cannot collide with max's.
 */
export function computeLegendTicks(max: number, count = 3): number[] {
  const top = Math.max(1, Math.ceil(max));
  const inner = ticks(0, top, count).filter((t) => Number.isInteger(t) && t > 0 && t <= top * 0.85);
  return [...inner, top];
}

/**
 * "Not on this map: Singapore 3, Malta 1" cut to about `maxChars`, ending "…" when
 * entries had to be left out; "" when there is nothing to list.
 */
export function formatOffMap(entries: readonly string[], maxChars: number): string {
  if (entries.length === 0) return '';
  const prefix = 'Not on this map: ';
  let text = prefix + entries[0];
  let shown = 1;
  for (; shown < entries.length; shown++) {
    const next = `${text}, ${entries[shown]}`;
    if (next.length + 3 > maxChars) break;
    text = next;
  }
  if (text.length > maxChars) return `Not on this map: ${entries.length} ${entries.length === 1 ? 'country' : 'countries'}`;
  return shown < entries.length ? `${text}, …` : text;
}

/** Shared: `toLocaleString` builds a formatter per call, ~10 µs each, for every country on every filter click. */
const INTEGER_FORMAT = new Intl.NumberFormat('en');

/** "1 speaker", "12,000 speakers". */
export function formatSpeakers(n: number): string {
  return `${INTEGER_FORMAT.format(n)} ${n === 1 ? 'speaker' : 'speakers'}`;
}
