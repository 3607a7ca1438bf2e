import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempFileOf } from '../../src/store/atomic-write.js';
import { DataFileError, ValidatedJsonFile } from '../../src/store/data-file.js';
import { catalogSchema } from '../../src/store/schemas.js';
import { largeCatalog } from '../helpers/large-catalog.js';
import { loadSeed, tempDir } from '../helpers/seed.js';

/** A catalog file in a new temp dir, removed when the test ends. */
function catalogFile() {
  const dir = tempDir('withk-data-file-');
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'catalog.json');
  return { dir, file, data: new ValidatedJsonFile(file, catalogSchema) };
}

describe('ValidatedJsonFile', () => {
  // A few megabytes: written in many pieces.
  const large = largeCatalog({ titles: 5_000, weeks: 10 });

  it('writes a large catalog in pieces as the exact text of JSON.stringify, which reads back equal', async () => {
    const { dir, file, data } = catalogFile();
    await data.write(large);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(large));
    expect(await data.read()).toEqual(large);
    expect(readdirSync(dir)).toEqual(['catalog.json']);
  });

  it('writes an indented file (state, curation) as JSON.stringify with that indent', async () => {
    const { file } = catalogFile();
    await new ValidatedJsonFile(file, catalogSchema, 2).write(loadSeed());
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(loadSeed(), null, 2));
  });

  it('leaves the previous file as it was when the disk fills up part way through the pieces', async () => {
    const { file, data } = catalogFile();
    writeFileSync(file, JSON.stringify(loadSeed()));
    const before = readFileSync(file);
    symlinkSync('/dev/full', tempFileOf(file));

    const error = await data.write(large).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).message).toBe(
      `${file}: could not be saved (ENOSPC: no space left on device, write); the previous file is unchanged`,
    );
    expect(readFileSync(file)).toEqual(before);
  });

  it('names the temp file it could not create, and still writes once it can', async () => {
    const { file, data } = catalogFile();
    mkdirSync(tempFileOf(file));
    await expect(data.write(large)).rejects.toThrow(
      `${file}: could not be saved (EISDIR: illegal operation on a directory, open '${tempFileOf(file)}'); the previous file is unchanged`,
    );
    rmSync(tempFileOf(file), { recursive: true });
    await data.write(loadSeed());
    expect(await data.read()).toEqual(loadSeed());
  });

  it('writes one version after another when asked twice at once: the file holds the last one', async () => {
    const { file, data } = catalogFile();
    const last = { ...loadSeed(), statistics: [] };
    await Promise.all([data.write(large), data.write(last)]);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(last));
  });

  it('reads a missing file as null', async () => {
    expect(await catalogFile().data.read()).toBeNull();
  });
});
