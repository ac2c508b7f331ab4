/** What an exported chart says it was made from: the corpus file and its extent, never when it was stored. */
export function describeSource(file: string | undefined, corpus: { readonly documents: readonly unknown[]; readonly events: readonly { readonly date: string | null }[] }): string {
  const dates = corpus.events.flatMap((e) => (e.date ? [e.date] : [])).sort();
  const n = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
  const span = dates.length === 0 ? '' : dates[0] === dates.at(-1) ? `, ${dates[0]}` : `, ${dates[0]} to ${dates.at(-1)}`;
  return `Source: ${file || 'corpus.json'} (${n(corpus.documents.length, 'article', 'articles')}, ${n(corpus.events.length, 'event', 'events')}${span}) · Podium`;
}
