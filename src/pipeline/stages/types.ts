import type { Rejected } from '../../corpus/schema';

export interface Input {
  file: string;
  bytes: Uint8Array;
  /** The bytes' sha256 (hex), when the caller has a faster hash than stage 01's portable one (Node's, in run/). */
  sha256?: string;
}

export interface FrontMatter {
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  event?: string;
}

/** 01-read: decoded text of one accepted file. */
export interface SourceDoc {
  id: string;
  file: string;
  text: string;
  sha256: string;
  meta: FrontMatter;
}

/** 02-segment: one non-blank line, offsets of its trimmed content in `text`. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  words: number;
}

export type LineKind = 'heading' | 'duplicate' | 'caption' | 'section' | 'boundary' | 'photo' | 'prose';

/** A quoted passage inside one line and who the text around it says spoke it. */
export interface Span {
  start: number;
  end: number;
  attribution: Attribution | null;
}

export type Attribution =
  | { kind: 'name'; key: string }
  | { kind: 'anaphor' }
  /** "several members said": someone spoke, but no one we can name */
  | { kind: 'unnamed' };

/** One person presented as speaking in one document. */
export interface DocSpeaker {
  key: string;
  name: string;
  surfaces: Set<string>;
  /** Descriptor strings as written: "Swedish MP", "former Colombian senator". */
  titles: string[];
  /** Country set by an "… in <Country>" section heading above the speaker's heading. */
  section: { code: string; basis: string } | null;
  firstLine: number;
  /** Presented by the layout (a heading, caption, run-in or introducing line), not only by prose attribution. */
  structural?: boolean;
}

export interface LineInfo {
  kind: LineKind;
  speaker?: string;
  spans: Span[];
  /** Whether the line contains any double quotation mark. */
  quoted: boolean;
  /** A run-in heading ("Jane Doe, Minister: We must…"): where the speech starts in the line. */
  speechFrom?: number;
  /** The heading is a sentence introducing a quoted speech ("…, said:"): the speech ends with the quotes. */
  intro?: boolean;
  /** A named, pronoun or unnamed attribution appears in the line. */
  attributed: boolean;
}

export type { Rejected };
