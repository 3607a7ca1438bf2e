import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

/** Bytes read so far and the expected total (file size or Content-Length; undefined when unknown). */
export type ProgressCallback = (bytes: number, total: number | undefined) => void;

export interface ReadSourceOptions {
  onProgress?: ProgressCallback;
  /** Used for http(s) locations; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
}

/** True when `location` is an http(s) URL rather than a file path. */
export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** A URL safe to print: query values are masked, since some APIs take their key there. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const name of [...parsed.searchParams.keys()]) parsed.searchParams.set(name, '…');
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}

/**
 * Opens a file path or http(s) URL and yields its text as batches of lines (one batch per chunk read, so a
 * consumer pays one await per ~1 MB, not per line). UTF-8 is decoded across chunk boundaries, a leading BOM
 * is dropped, `\r\n` endings lose their `\r`, and a last line without a newline is still yielded. Only one
 * chunk plus the unfinished line are held at a time.
 */
export async function* readLineBatches(location: string, options: ReadSourceOptions = {}): AsyncGenerator<string[]> {
  const { chunks, total } = await openBytes(location, options);
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    options.onProgress?.(bytes, total);
    // Split the chunk alone and glue the carried partial line onto its first line: prepending the carry to
    // the whole chunk first would make V8 flatten (copy) a megabyte-sized string for every chunk.
    const lines = decoder.decode(chunk, { stream: true }).split('\n');
    lines[0] = carry + lines[0];
    carry = lines.pop()!;
    if (lines.length > 0) yield stripCarriageReturns(lines);
  }
  const rest = carry + decoder.decode();
  if (rest.length > 0) yield stripCarriageReturns([rest]);
}

/** The same as readLineBatches, one line at a time. */
export async function* readLines(location: string, options: ReadSourceOptions = {}): AsyncGenerator<string> {
  for await (const batch of readLineBatches(location, options)) yield* batch;
}

/** Reads a small source (a JSON response) whole, with the same progress reporting. */
export async function readText(location: string, options: ReadSourceOptions = {}): Promise<string> {
  if (!isUrl(location)) {
    // A small local file (a JSON answer) in one read: no stat and stream per file when a directory holds thousands.
    const bytes = await readFile(location, { signal: options.signal });
    options.onProgress?.(bytes.byteLength, bytes.byteLength);
    return new TextDecoder('utf-8').decode(bytes);
  }
  const { chunks, total } = await openBytes(location, options);
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    options.onProgress?.(bytes, total);
    parts.push(decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Reads a binary source (an .xlsx workbook) whole, with the same progress reporting. */
export async function readBytes(location: string, options: ReadSourceOptions = {}): Promise<Uint8Array> {
  const { chunks, total } = await openBytes(location, options);
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    options.onProgress?.(bytes, total);
    parts.push(chunk);
  }
  const whole = new Uint8Array(bytes);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.byteLength;
  }
  return whole;
}

interface ByteSource {
  chunks: AsyncIterable<Uint8Array>;
  total: number | undefined;
}

async function openBytes(location: string, options: ReadSourceOptions): Promise<ByteSource> {
  if (!isUrl(location)) {
    const { size } = await stat(location);
    return { chunks: createReadStream(location, { highWaterMark: 1 << 20, signal: options.signal }), total: size };
  }
  const fetchImpl = options.fetchImpl ?? fetch;
  const response = await fetchImpl(location, { signal: options.signal });
  if (!response.ok) throw new Error(`GET ${redactUrl(location)} answered HTTP ${response.status}.`);
  const length = Number(response.headers.get('content-length'));
  return {
    chunks: response.body ?? emptyChunks(),
    total: Number.isFinite(length) && length > 0 ? length : undefined,
  };
}

async function* emptyChunks(): AsyncGenerator<Uint8Array> {}

function stripCarriageReturns(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
  }
  return lines;
}
