import { interpolateBlues } from 'd3';
import atlas from 'world-atlas/countries-110m.json';
import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import {
  alpha2FromNumeric,
  computeColorScale,
  computeCountryPaths,
  computeCountryShapes,
  computeFill,
  computeLegendTicks,
  formatOffMap,
  formatSpeakers,
  NO_DATA_COLOR,
} from './geo';
import { countryLabel, countryName } from './countryName';


describe('alpha2FromNumeric', () => {
  it.each([
    ['840', 'US'],
    [840, 'US'],
    ['826', 'GB'],
    ['276', 'DE'],
    ['4', 'AF'],
    ['004', 'AF'],
    ['250', 'FR'],
    ['999', undefined],
    ['', undefined],
    [undefined, undefined],
    [null, undefined],
  ] as const)('%s → %s', (id, expected) => {
    expect(alpha2FromNumeric(id)).toBe(expected);
  });

  it('agrees with world-countries for every country that has a numeric code', () => {
    // Regenerate the packed table in geo.ts with:
    // node -e 'const c=require("world-countries");console.log(c.filter(x=>x.ccn3).sort((a,b)=>a.ccn3.localeCompare(b.ccn3)).map(x=>x.ccn3+x.cca2).join(""))'
    const withCode = countries.filter((c) => c.ccn3);
    expect(withCode.length).toBeGreaterThan(240);
    for (const c of withCode) expect(alpha2FromNumeric(c.ccn3), c.ccn3).toBe(c.cca2);
  });
});

describe('computeCountryShapes', () => {
  const shapes = computeCountryShapes(atlas);

  it('maps every world-atlas country except the two without an ISO code', () => {
    expect(shapes).toHaveLength(177);
    expect(shapes.filter((s) => !s.cca2).map((s) => s.name).sort()).toEqual(['N. Cyprus', 'Somaliland']);
    expect(new Set(shapes.map((s) => s.cca2).filter(Boolean)).size).toBe(175);
  });

  it.each([
    ['US', 'United States'],
    ['GB', 'United Kingdom'],
    ['XK', 'Kosovo'],
    ['FR', 'France'],
  ])('%s is named %s', (cca2, name) => {
    expect(shapes.find((s) => s.cca2 === cca2)?.name).toBe(name);
  });

  it('names every country the map can show exactly as the bar chart does (one source of names)', () => {
    const coded = shapes.filter((s) => s.cca2);
    expect(coded.length).toBe(175);
    for (const s of coded) {
      expect(s.name, s.cca2).toBe(countryName(s.cca2!));
      expect(countryLabel(s.cca2!), s.cca2).toBe(`${s.name} (${s.cca2})`);
    }
  });

  // Codes the map used to name through Intl.DisplayNames while the bars used world-countries.
  it.each([
    ['CI', 'Ivory Coast'],
    ['CD', 'DR Congo'],
    ['CZ', 'Czechia'],
    ['MK', 'North Macedonia'],
    ['TR', 'Türkiye'],
    ['PS', 'Palestine'],
    ['BA', 'Bosnia and Herzegovina'],
  ])('%s is %s on the map and in the bars', (cca2, name) => {
    expect(shapes.find((s) => s.cca2 === cca2)?.name).toBe(name);
    expect(countryName(cca2)).toBe(name);
  });

  it('rejects anything that is not a countries topology', () => {
    expect(() => computeCountryShapes({ type: 'FeatureCollection' })).toThrow(/topology/);
    expect(() => computeCountryShapes(null)).toThrow(/topology/);
  });
});

describe('computeCountryPaths', () => {
  const shapes = computeCountryShapes(atlas);

  it('fits the projection inside width × height', () => {
    const paths = computeCountryPaths(shapes, 800, 400);
    expect(paths.length).toBe(177);
    const nums = paths.flatMap((p) => p.d.match(/-?\d+(\.\d+)?/g)!.map(Number));
    expect(Math.min(...nums)).toBeGreaterThanOrEqual(-0.5);
    expect(Math.max(...nums)).toBeLessThanOrEqual(800.5);
  });

  it.each([
    [0, 400],
    [800, 0],
  ])('draws nothing at %i × %i', (w, h) => {
    expect(computeCountryPaths(shapes, w, h)).toEqual([]);
  });

  it('does not mutate the shapes', () => {
    const before = JSON.stringify(shapes[0]);
    computeCountryPaths(shapes, 300, 200);
    expect(JSON.stringify(shapes[0])).toBe(before);
  });
});

describe('computeColorScale', () => {
  it('ramps exactly along d3.interpolateBlues', () => {
    const scale = computeColorScale([10]);
    for (let t = 0; t <= 1; t += 0.125) expect(scale(t * 10)).toBe(interpolateBlues(0.3 + 0.7 * t));
  });

  it.each([
    [[1, 5, 40], [0, 40]],
    [[3], [0, 3]],
    [[], [0, 1]],
    [[0, 0], [0, 1]],
    [[2, Number.NaN, Infinity], [0, 2]],
  ])('counts %j → domain %j', (counts, domain) => {
    expect(computeColorScale(counts).domain()).toEqual(domain);
  });

  it('uses the dark end of Blues for the maximum and a visible blue for small counts', () => {
    const scale = computeColorScale([1, 10]);
    expect(scale(10)).toBe(interpolateBlues(1));
    expect(scale(0)).toBe(interpolateBlues(0.3));
  });

  it.each([
    [0, NO_DATA_COLOR],
    [undefined, NO_DATA_COLOR],
    [-1, NO_DATA_COLOR],
  ])('fills %s with the no-data grey', (n, fill) => {
    expect(computeFill(computeColorScale([5]), n)).toBe(fill);
  });

  it('fills a count with the ramp', () => {
    const scale = computeColorScale([5]);
    expect(computeFill(scale, 5)).toBe(interpolateBlues(1));
  });
});

describe('computeLegendTicks', () => {
  it.each([
    [1, [1]],
    [2, [1, 2]],
    [3, [1, 2, 3]],
    [10, [5, 10]],
    [40, [10, 20, 30, 40]],
    [37, [10, 20, 30, 37]],
    [11, [5, 11]],
    [1234, [500, 1000, 1234]],
    [0, [1]],
    [2.5, [1, 2, 3]],
  ])('max %d → %j', (max, expected) => {
    expect(computeLegendTicks(max)).toEqual(expected);
  });
});

describe('formatSpeakers', () => {
  it.each([
    [1, '1 speaker'],
    [2, '2 speakers'],
    [1200, '1,200 speakers'],
    [0, '0 speakers'],
    [1234567, '1,234,567 speakers'],
  ])('%d → %s', (n, s) => {
    expect(formatSpeakers(n)).toBe(s);
  });
});

describe('formatOffMap', () => {
  it.each([
    [[], 80, ''],
    [['Singapore 3'], 80, 'Not on this map: Singapore 3'],
    [['Singapore 3', 'Malta 1'], 80, 'Not on this map: Singapore 3, Malta 1'],
    [['Singapore 3', 'Malta 1', 'Bahrain 1'], 40, 'Not on this map: Singapore 3, Malta 1, …'],
    [['Singapore 3', 'Malta 1'], 20, 'Not on this map: 2 countries'],
    [['Singapore 3'], 20, 'Not on this map: 1 country'],
  ] as const)('%j in %d chars → %s', (entries, maxChars, expected) => {
    expect(formatOffMap(entries, maxChars)).toBe(expected);
  });
});
