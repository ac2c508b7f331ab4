/// <reference lib="webworker" />
/**
 * A corpus-lines load off the page's thread: parse, validate and store in
 * IndexedDB here, and hand the page only what it shows (see loadInWorker.ts
 * for the messages). At 10,000 articles parsing and storing take tens of
 * seconds of CPU; on the page's thread they held back the first charts.
 */
import { openDatabase } from './database';
import { readCorpusLines } from './loadLines';
import type { ToPage, ToWorker } from './loadInWorker';
import { HeadPacker } from './packHead';
import { packedQuoteBuffers } from './packQuotes';
import type { QuoteLine } from '../corpus';
import { bodyAfter, piecesAfter, readRawLineBatches, sniffHead } from './readLines';
import { buffersOf, startChunkWriter } from './writeInWorker';

const post = (m: ToPage, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

/**
 * Progress messages are sent when another this-many bytes have arrived, or another hundredth of
 * the file if that is more: the page shows whole percents, and at 10,000 articles (298 MB) a
 * message a megabyte was three to a percent, each a task on both threads.
 */
const PROGRESS_STEP = 1 << 20;

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const { dbName, input } = e.data;
  let { meta } = e.data;
  const db = openDatabase(dbName);
  // storing runs in a worker of its own, beside the reading here
  const writer = startChunkWriter(dbName);
  try {
    let body: ReadableStream<Uint8Array>;
    if (input instanceof Blob) body = input.stream();
    else if (input instanceof ReadableStream) body = input;
    else {
      const got = await fetchFirst(input.urls);
      if (typeof got === 'string') {
        post({ t: 'unreachable', message: got });
        return;
      }
      const total = Number(got.res.headers.get('content-length')) || meta.bytes;
      meta = { ...meta, source: got.name, bytes: total };
      post({ t: 'fetched', source: got.name, total });
      body = got.res.body!;
    }
    const sniffed = await sniffHead(body);
    if (!sniffed.lines) {
      // one corpus.json document: the page reads it as before
      post({ t: 'text', text: await new Response(bodyAfter(sniffed, body)).text() });
      return;
    }
    const quoteTexts = new QuoteTextBatches();
    let sent = 0;
    const step = Math.max(PROGRESS_STEP, Math.floor(meta.bytes / 100));
    const onBytes = (n: number) => {
      if (n - sent < step) return;
      sent = n;
      post({ t: 'progress', received: n });
    };
    // the first sections go to the page packed as they are read, a batch of lines at a time, without the
    // speakers' evidence (~190k small objects at 10,000 articles: it comes with the rest)
    const head = new HeadPacker();
    let headShown = false;
    const sendHead = () => {
      const part = head.take();
      if (part) post({ t: 'headPart', part }, [part.appearances.buffer as ArrayBuffer]);
    };
    const r = await readCorpusLines(
      db,
      readRawLineBatches(afterEach(piecesAfter(sniffed, body), () => headShown || sendHead()), onBytes),
      meta,
      (stage) => post({ t: 'stage', stage }),
      (corpus, missing) => post({ t: 'valid', corpus, ...(missing ? { missing } : {}) }),
      // each chunk as it is written: one message of them all (1 GB at 50,000 articles) failed
      {
        lean: true,
        announce: false,
        put: writer.put,
        // quotes are stored packed without their texts (packQuotes); the page gets them with
        records: ['quotes', 'unattributed'],
        onChunk: (c, records) => {
          if (!c.quotes || !records || (c.table !== 'quotes' && c.table !== 'unattributed')) return post({ t: 'chunk', chunk: c }, buffersOf([c]));
          // a line without its text (as the pipeline writes them) leaves a hole, filled by a 'quoteTexts' message once its document is in
          const quotes = { ...c.quotes, texts: (records as QuoteLine[]).map((q) => q.text ?? '') };
          post({ t: 'quotes', table: c.table, n: c.n, quotes }, packedQuoteBuffers(quotes));
        },
        onQuoteTexts: (table, ordinals, texts) => quoteTexts.add(table, ordinals, texts),
        head: {
          add: (section, record) => head.add(section, record),
          valid: () => {
            headShown = true;
            sendHead();
            post({ t: 'headValid', speakersWhole: head.speakersWhole });
          },
        },
      },
    );
    quoteTexts.flush();
    post(r.stored ? { t: 'done' } : { t: 'done', errors: r.errors ?? [] });
  } catch (e) {
    post({ t: 'done', errors: [`Could not read ${meta.source}: ${(e as Error).message}.`] });
  } finally {
    writer.close();
    db.close();
  }
};

/** A body's pieces, calling `then` once the lines of each were read (when the next is asked for). */
async function* afterEach(pieces: AsyncIterable<Uint8Array>, then: () => void): AsyncGenerator<Uint8Array> {
  for await (const piece of pieces) {
    yield piece;
    then();
  }
}

/** Quote texts sent at once, at most. */
const TEXTS_A_MESSAGE = 8192;

/**
 * Texts of quotes whose lines left them out, as their documents come, sent to the page a few
 * thousand at a time. They are slices of their documents' texts, so a text of plain letters
 * from a document with one curly quote anywhere is two bytes a character (84 MB more of the
 * page's heap at 10,000 articles); making one-byte copies through JSON cost the worker seconds
 * (JSON.stringify of two-byte strings: 20–40 ns a character). They go joined, one string a message:
 * cloning thousands of strings, each on its own, cost more than their characters.
 */
class QuoteTextBatches {
  readonly #batches = { quotes: { ordinals: [] as number[], texts: [] as string[] }, unattributed: { ordinals: [] as number[], texts: [] as string[] } };

  add(table: 'quotes' | 'unattributed', ordinals: readonly number[], texts: readonly string[]): void {
    const b = this.#batches[table];
    for (let i = 0; i < texts.length; i++) {
      b.ordinals.push(ordinals[i]!);
      b.texts.push(texts[i]!);
    }
    if (b.texts.length >= TEXTS_A_MESSAGE) this.#send(table);
  }

  flush(): void {
    this.#send('quotes');
    this.#send('unattributed');
  }

  #send(table: 'quotes' | 'unattributed'): void {
    const b = this.#batches[table];
    if (!b.texts.length) return;
    const ordinals = Int32Array.from(b.ordinals);
    const ends = new Int32Array(b.texts.length);
    let end = 0;
    b.texts.forEach((t, i) => (ends[i] = end += t.length));
    post({ t: 'quoteTexts', table, ordinals, texts: b.texts.join(''), ends }, [ordinals.buffer, ends.buffer]);
    this.#batches[table] = { ordinals: [], texts: [] };
  }
}

/** The first of `urls` that answers with a body, and its file name; or why none did. */
async function fetchFirst(urls: readonly string[]): Promise<{ res: Response; name: string } | string> {
  let status = '';
  try {
    for (const url of urls) {
      const res = await fetch(url, { cache: 'no-store' });
      if (res.ok && res.body) return { res, name: new URL(url).pathname.split('/').pop() ?? url };
      status = `HTTP ${res.status}`;
    }
  } catch (e) {
    status = (e as Error).message;
  }
  return status;
}
