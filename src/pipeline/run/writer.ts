import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/**
 * Hashes and writes the chunks it is sent, file by file (plain JavaScript: no
 * loader needed), and sends each chunk's memory back on `workerData.back` to
 * be filled again. Messages: { id, tmp, path } opens a file; { id, buffer,
 * length } is a chunk; { id, keep } closes it, renamed into place if `keep`,
 * else removed; the answer is { id, sha256, bytes } or { id, error }.
 */
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { createHash } = require('node:crypto');
const files = new Map();
parentPort.on('message', (m) => {
  if (m.tmp !== undefined) {
    const f = { tmp: m.tmp, path: m.path, fd: -1, hash: createHash('sha256'), bytes: 0, error: undefined };
    try { f.fd = fs.openSync(m.tmp, 'w'); } catch (e) { f.error = e; }
    files.set(m.id, f);
    return;
  }
  const f = files.get(m.id);
  if (m.buffer !== undefined) {
    if (!f.error) {
      try {
        const u = new Uint8Array(m.buffer, 0, m.length);
        f.hash.update(u);
        f.bytes += u.length;
        for (let off = 0; off < u.length; ) off += fs.writeSync(f.fd, u, off);
      } catch (e) { f.error = e; }
    }
    workerData.back.postMessage(m.buffer, [m.buffer]);
    return;
  }
  files.delete(m.id);
  try {
    if (f.fd >= 0) fs.closeSync(f.fd);
    if (m.keep && !f.error) fs.renameSync(f.tmp, f.path);
    else fs.rmSync(f.tmp, { force: true });
  } catch (e) { f.error ??= e; }
  parentPort.postMessage(f.error ? { id: m.id, error: String(f.error && f.error.message || f.error) } : { id: m.id, sha256: f.hash.digest('hex'), bytes: f.bytes });
});
`;

type Answer = { id: number; sha256: string; bytes: number } | { id: number; error: string };

/**
 * The process's writer thread, started on first use and kept (unref'd while
 * idle): starting a thread costs ~25 ms of CPU, a lot next to a small corpus
 * on two cores, and each run used to start one.
 */
class WriterThread {
  readonly #worker: Worker;
  readonly #back: MessagePort;
  readonly #waiting = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  #files = 0;
  /** chunk memory the thread is done with, to be written again */
  readonly #spare: ArrayBuffer[] = [];
  constructor(onGone: () => void) {
    const { port1, port2 } = new MessageChannel();
    this.#back = port1;
    this.#worker = new Worker(WRITER, { eval: true, workerData: { back: port2 }, transferList: [port2], execArgv: [] });
    this.#worker.unref();
    this.#worker.on('message', (a: Answer) => {
      const w = this.#waiting.get(a.id);
      this.#waiting.delete(a.id);
      if (this.#waiting.size === 0) this.#worker.unref();
      w?.resolve(a);
    });
    const fail = (e: Error) => {
      onGone();
      for (const w of this.#waiting.values()) w.reject(e);
      this.#waiting.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`writer exited with code ${code}`)));
  }
  /** opens `tmp`; `send` posts a chunk, `close` ends the file and gives the thread's answer */
  open(tmp: string, path: string): { send: (chunk: Uint8Array) => void; close: (keep: boolean) => Promise<Answer> } {
    const id = ++this.#files;
    const answer = new Promise<Answer>((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
    answer.catch(() => undefined);
    this.#worker.ref();
    this.#worker.postMessage({ id, tmp, path });
    return {
      send: (chunk) => {
        const own = chunk.byteOffset === 0 && chunk.buffer instanceof ArrayBuffer ? chunk : chunk.slice();
        this.#worker.postMessage({ id, buffer: own.buffer, length: own.byteLength }, [own.buffer as ArrayBuffer]);
      },
      close: (keep) => {
        this.#worker.postMessage({ id, keep });
        return answer;
      },
    };
  }
  /** a buffer of at least n bytes: one the thread has sent back if it fits, else a new one */
  buffer(n: number): Buffer {
    for (let m = receiveMessageOnPort(this.#back); m; m = receiveMessageOnPort(this.#back)) {
      this.#spare.push(m.message as ArrayBuffer);
      // the largest few are enough: the thread writes faster than chunks are made
      if (this.#spare.length > 4) this.#spare.sort((a, b) => b.byteLength - a.byteLength).pop();
    }
    for (let i = this.#spare.length - 1; i >= 0; i--) {
      const b = this.#spare[i]!;
      if (b.byteLength < n) continue;
      this.#spare.splice(i, 1);
      return Buffer.from(b, 0, n);
    }
    return Buffer.allocUnsafeSlow(n);
  }
}

let shared: WriterThread | undefined;

function writerThread(): WriterThread {
  const w = (shared ??= new WriterThread(() => {
    if (shared === w) shared = undefined;
  }));
  return w;
}

/** A file being written on the writer thread (see startWriter). */
export interface Writer {
  /** Writes the chunks (each chunk's memory moves to the writer thread: not to be used again), then renames the file into place. */
  write(chunks: Iterable<Uint8Array>): Promise<{ sha256: string; bytes: number }>;
  /** Gives up: the temporary file is removed, `path` left as it was. */
  abort(): Promise<void>;
  /** A buffer of at least n bytes for the next chunks: memory the thread has finished writing, when there is some. */
  buffer(n: number): Buffer;
}

/**
 * Opens `path`'s temporary file on the writer thread (started if need be, so
 * its start overlaps whatever comes before the first chunk: the analysis, in
 * preprocess); write() hashes and writes the chunks there while this thread
 * makes the next, then renames the file into place.
 */
export function startWriter(path: string): Writer {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const thread = writerThread();
  const file = thread.open(tmp, path);
  const finish = async (keep: boolean) => {
    const a = await file.close(keep);
    if ('error' in a) throw new Error(`writing ${path}: ${a.error}`);
    return { sha256: a.sha256, bytes: a.bytes };
  };
  return {
    async write(chunks) {
      try {
        for (const chunk of chunks) file.send(chunk);
      } catch (e) {
        await finish(false).catch(() => undefined);
        throw e;
      }
      return finish(true);
    },
    async abort() {
      await finish(false).catch(() => undefined);
    },
    buffer: (n) => thread.buffer(n),
  };
}
