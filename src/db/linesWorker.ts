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
      // documents' lines undecoded: their texts stay bytes, stored as they came (readDocumentLine)
      readRawLineBatches(afterEach(piecesAfter(sniffed, body), () => headShown || sendHead()), onBytes, true),
      meta,
      (stage) => post({ t: 'stage', stage }),
      (corpus, missing) => post({ t: 'valid', corpus, ...(missing ? { missing } : {}) }),
      // each chunk as it is written: one message of them all (1 GB at 50,000 articles) failed
      {
        lean: true,
        announce: false,
        put: writer.put,
        // quotes are stored packed without their texts (packQuotes), and the page gets them so: their
        // texts stay in IndexedDB, in their documents', until a view needs them (CorpusStore.quoteTexts)
        onChunk: (c) => post({ t: 'chunk', chunk: c }, buffersOf([c])),
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
