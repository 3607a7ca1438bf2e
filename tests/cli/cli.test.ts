import { describe, expect, it } from 'vitest';
import { fixturePath } from '../importers/support.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/seed.js';

describe('npm run console (one-shot)', () => {
  it('answers /title offline through the same command code, as text', async () => {
    const { code, stdout } = await cli('console.ts', ['/title Romantics Anonymous'], { DATA_DIR: tempDir() });
    expect(code).toBe(0);
    expect(stdout).toContain('━━ Romantics Anonymous ━━');
    expect(stdout).toContain('Han Hyo-joo — lead');
    expect(stdout).toContain('Yong Film (South Korea, production)');
  });

  it('pages /deals and reads named options', async () => {
    const { stdout } = await cli('console.ts', ['/deals company:CJ ENM kind:strategic-partnership'], {
      DATA_DIR: tempDir(),
    });
    expect(stdout).toContain('2 partnerships (strategic partnership), newest first.');
    expect(stdout).toContain('Amazon Prime Video');
  });

  it('answers in Korean with --lang ko', async () => {
    const { code, stdout } = await cli('console.ts', ['--lang', 'ko', '/title 로맨틱 어나니머스'], {
      DATA_DIR: tempDir(),
    });
    expect(code).toBe(0);
    expect(stdout).toContain('━━ 로맨틱 어나니머스 (Romantics Anonymous) ━━');
    expect(stdout).toContain('▸ 출연');
    expect(stdout).toContain('용필름 (Yong Film) · 대한민국 제작사');
  });

  it('takes command and option names as a Japanese client shows them', async () => {
    const { stdout } = await cli('console.ts', ['--lang', 'ja', '/提携 会社:CJ ENM 種類:strategic-partnership'], {
      DATA_DIR: tempDir(),
    });
    expect(stdout).toContain('━━ CJ ENMの提携 ━━');
    expect(stdout).toContain('提携2件（戦略的提携）、新しい順。');
  });

  it('says what is wrong with unknown commands', async () => {
    const { stdout } = await cli('console.ts', ['/dance'], { DATA_DIR: tempDir() });
    expect(stdout).toContain(
      'Unknown command. Try one of: /title /company /deals /chart /stats /trends /digest /pictures /curate /about',
    );
  });
});

describe('npm run import', () => {
  it('imports a file and prints the summary, then changes nothing the second time', async () => {
    const env = { DATA_DIR: tempDir() };
    const file = fixturePath('netflix-top10/global-9col.tsv');
    const first = await cli('import.ts', ['netflix-top10', file], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/rows read \d+ · added \d+ · updated \d+ · unchanged 0 · rejected 0/);
    expect(first.stdout).toContain('catalog saved.');
    const second = await cli('import.ts', ['netflix-top10', file], env);
    expect(second.stdout).toContain('added 0 · updated 0');
    expect(second.stdout).toContain('nothing changed; catalog left as it was.');
  });

  it('lists rejected rows with their line and reason', async () => {
    const { code, stdout } = await cli('import.ts', ['netflix-top10', fixturePath('netflix-top10/bad-rows.tsv')], {
      DATA_DIR: tempDir(),
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/rejected [1-9]/);
    expect(stdout).toMatch(/ {2}line \d+: \S/);
  });

  it('refuses an error page whole and says the catalog is unchanged', async () => {
    const { code, stderr } = await cli('import.ts', ['netflix-top10', fixturePath('netflix-top10/error-html.tsv')], {
      DATA_DIR: tempDir(),
    });
    expect(code).toBe(1);
    expect(stderr).toContain('Import refused');
    expect(stderr).toContain('The catalog was left unchanged.');
  });

  it('explains its usage when the source is unknown', async () => {
    const { code, stderr } = await cli('import.ts', ['imdb', 'x.tsv'], { DATA_DIR: tempDir() });
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown source “imdb”');
    expect(stderr).toContain('npm run import -- netflix-top10 <file-or-url>');
  });
});
