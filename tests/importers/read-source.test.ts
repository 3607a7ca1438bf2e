import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLineBatches, readLines, readText, redactUrl } from '../../src/importers/read-source.js';

const dir = mkdtempSync(join(tmpdir(), 'withk-read-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collect = async (lines: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
};

/** A fetch double answering with the given byte chunks. */
function fakeFetch(chunks: Uint8Array[], init: ResponseInit = {}) {
  const requested: string[] = [];
  const fetchImpl = (async (url: string | URL | Request) => {
    requested.push(String(url));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    return new Response(body, init);
  }) as typeof fetch;
  return { fetchImpl, requested };
}

describe('readLines', () => {
  it('drops a BOM and CRLF endings and yields a last line without newline', async () => {
    const path = join(dir, 'bom.tsv');
    writeFileSync(path, '\uFEFFheader\r\n기생충\tParasite\r\nlast');
    expect(await collect(readLines(path))).toEqual(['header', '기생충\tParasite', 'last']);
  });

  it('yields no empty line after a trailing newline', async () => {
    const path = join(dir, 'trailing.tsv');
    writeFileSync(path, 'a\nb\n');
    expect(await collect(readLines(path))).toEqual(['a', 'b']);
  });

  it('reports file progress up to the file size', async () => {
    const path = join(dir, 'progress.tsv');
    writeFileSync(path, 'one\ntwo');
    const calls: [number, number | undefined][] = [];
    await collect(readLines(path, { onProgress: (bytes, total) => calls.push([bytes, total]) }));
    expect(calls.at(-1)).toEqual([7, 7]);
  });

  it('decodes a character split across two network chunks', async () => {
    const bytes = new TextEncoder().encode('first\n기생충 line\nend');
    const cut = 8; // inside the three bytes of 기
    const { fetchImpl } = fakeFetch([bytes.slice(0, cut), bytes.slice(cut)], {
      headers: { 'content-length': String(bytes.length) },
    });
    const calls: [number, number | undefined][] = [];
    const lines = await collect(
      readLines('https://example.test/a.tsv', { fetchImpl, onProgress: (b, t) => calls.push([b, t]) }),
    );
    expect(lines).toEqual(['first', '기생충 line', 'end']);
    expect(calls).toEqual([
      [cut, bytes.length],
      [bytes.length, bytes.length],
    ]);
  });

  it('reports an unknown total when there is no Content-Length', async () => {
    const { fetchImpl } = fakeFetch([new TextEncoder().encode('x')]);
    const calls: (number | undefined)[] = [];
    await collect(readLines('http://example.test/x', { fetchImpl, onProgress: (_, total) => calls.push(total) }));
    expect(calls).toEqual([undefined]);
  });

  it('throws on an HTTP error without printing query values', async () => {
    const { fetchImpl } = fakeFetch([], { status: 404 });
    const lines = readLines('https://example.test/data.json?key=SECRET123', { fetchImpl });
    await expect(collect(lines)).rejects.toThrow(/HTTP 404/);
    await expect(collect(readLines('https://example.test/data.json?key=SECRET123', { fetchImpl }))).rejects.not.toThrow(
      /SECRET123/,
    );
  });
});

describe('readLineBatches', () => {
  it('yields lines in batches per chunk', async () => {
    const { fetchImpl } = fakeFetch([new TextEncoder().encode('a\nb\nc'), new TextEncoder().encode('d\ne')]);
    const batches: string[][] = [];
    for await (const batch of readLineBatches('https://example.test/x', { fetchImpl })) batches.push(batch);
    expect(batches).toEqual([['a', 'b'], ['cd'], ['e']]);
  });
});

describe('readText', () => {
  it('reads a whole small file', async () => {
    const path = join(dir, 'day.json');
    writeFileSync(path, '\uFEFF{"a":"기생충"}');
    expect(await readText(path)).toBe('{"a":"기생충"}');
  });
});

describe('redactUrl', () => {
  it('masks every query value', () => {
    expect(redactUrl('https://kobis.example/x.json?key=abc&targetDt=20250101')).toBe(
      'https://kobis.example/x.json?key=%E2%80%A6&targetDt=%E2%80%A6',
    );
  });
});
