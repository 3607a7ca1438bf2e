import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedLength, LIMITS } from '../../src/discord/limits.js';
import { parseCurationDate, parseSourceUrl } from '../../src/domain/curation-input.js';
import { answerText, buttonsOf, curate } from '../helpers/curate.js';
import { embedsOf, startWithk, type Withk } from '../helpers/start-withk.js';
import type { InteractionOutcome } from '../support/emulator/index.js';

/** What people (and attackers) type: long, control and zero-width characters, mentions, markdown, emoji, Hangul. */
const nasty = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom(
    '',
    '   ',
    '@everyone',
    '@here hello',
    '<@&123456789012345678>',
    '<@123456789012345678>',
    '```js\nprocess.exit()\n```',
    '**bold** [link](https://x.y)',
    '\u200b\u200b',
    '\u202eCJ ENM',
    '\u0000\u0007\u001b[31m',
    '😀🇰🇷',
    '오징어 게임',
    'a'.repeat(400),
    'javascript:alert(1)',
    'ftp://example.com/x',
    'https://user:pw@example.com/',
  ),
);

const VALID_DEAL = {
  companies: 'Yong Film, TBS',
  kind: 'co-production',
  date: '2024-02',
  status: 'planned',
  summary: 'A valid summary.',
  source: 'https://example.com/a',
};

describe('/curate bad input, property-based, through Discord', () => {
  let withk: Withk;
  const owner = () => ({ userId: withk.emulator.ownerId });
  beforeAll(async () => {
    withk = await startWithk({ now: new Date('2026-05-01T00:00:00Z') });
  });
  afterAll(() => withk?.stop());

  /** Private, within Discord's limits, and nothing in any response can ping anyone. */
  function expectSafe(outcome: InteractionOutcome) {
    expect(outcome.callback).toBeDefined();
    expect(outcome.ephemeral).toBe(true);
    for (const response of outcome.responses) {
      const body = response.kind === 'callback' ? response.body?.data : response.body;
      if (body?.content !== undefined || body?.embeds !== undefined)
        expect(body.allowed_mentions).toEqual({ parse: [] });
    }
    expect((outcome.original?.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
    for (const embed of embedsOf(outcome)) expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  }

  /** Runs `/curate <sub>` with one option replaced and expects a refusal that saves nothing. */
  async function expectRefused(sub: string, options: Record<string, string>, message: RegExp) {
    const before = (await withk.store.curation.list()).length;
    const outcome = await curate(withk, sub, options, owner());
    expectSafe(outcome);
    expect(answerText(outcome)).toMatch(message);
    expect(buttonsOf(outcome)).toEqual([]);
    expect(await withk.store.curation.list()).toHaveLength(before);
  }

  const property = (arbitrary: fc.Arbitrary<string>, check: (value: string) => Promise<void>, numRuns = 25) =>
    fc.assert(fc.asyncProperty(arbitrary, check), { numRuns, seed: 11 });

  it('refuses an invalid date on /curate deal and /curate fix', async () => {
    const bad = nasty.filter((value) => !parseCurationDate(value).ok);
    await property(bad, (date) =>
      expectRefused('deal', { ...VALID_DEAL, date }, /Nothing was saved[\s\S]*\*\*date\*\*/),
    );
    await property(bad, (value) =>
      expectRefused(
        'fix',
        { target: 'deal:cj-enm-joint-ip', field: 'date', value, source: VALID_DEAL.source },
        /\*\*value\*\*: .* is not a date I can read/,
      ),
    );
  });

  it('refuses an unknown kind or status', async () => {
    const bad = nasty.filter((v) => !/^(co.?production|investment|distribution|joint.?ip|platform.?zone)$/i.test(v));
    await property(bad, (kind) => expectRefused('deal', { ...VALID_DEAL, kind }, /\*\*kind\*\*: .* is not one of/));
    await property(bad, (status) =>
      expectRefused('deal', { ...VALID_DEAL, status }, /\*\*status\*\*: .* is not one of/),
    );
  });

  it('refuses a source that is not an http(s) web address', async () => {
    const bad = nasty.filter((value) => !parseSourceUrl(value, '2026-05-01').ok);
    await property(bad, (source) =>
      expectRefused('deal', { ...VALID_DEAL, source }, /\*\*source\*\* must be the web address/),
    );
    await property(bad, (source) =>
      expectRefused(
        'fix',
        { target: 'company:tbs', field: 'country', value: 'JP', source },
        /\*\*source\*\* must be the web address/,
      ),
    );
  });

  it('refuses one company only, and a summary over 300 characters', async () => {
    await property(fc.constantFrom('CJ ENM', 'TBS', 'CJ ENM, CJ E&M', 'tbs,', ' , Netflix'), (companies) =>
      expectRefused('deal', { ...VALID_DEAL, companies }, /at least two companies|named twice/),
    );
    const long = fc
      .string({ minLength: 301, maxLength: 700 })
      .filter((s) => s.replace(/\s+/g, ' ').trim().length > 330);
    await property(
      long,
      (summary) =>
        expectRefused('deal', { ...VALID_DEAL, summary }, /\*\*summary\*\* is \d+ characters long; at most 300 fit/),
      10,
    );
  });

  it('answers any companies, titles, targets, aliases, reasons, values and changes safely, saving only what is valid', async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['deal', VALID_DEAL, 'companies'],
      ['deal', VALID_DEAL, 'titles'],
      ['deal', VALID_DEAL, 'summary'],
      ['alias', { target: 'company:tbs', alias: 'x' }, 'target'],
      ['alias', { target: 'company:tbs', alias: 'x' }, 'alias'],
      ['fix', { target: 'title:synchro', field: 'summary', value: 'x', source: VALID_DEAL.source }, 'target'],
      ['fix', { target: 'title:synchro', field: 'summary', value: 'x', source: VALID_DEAL.source }, 'field'],
      ['fix', { target: 'title:synchro', field: 'name', value: 'x', source: VALID_DEAL.source }, 'value'],
      ['retire', { target: 'deal:cj-enm-joint-ip', reason: 'x' }, 'target'],
      ['retire', { target: 'deal:cj-enm-joint-ip', reason: 'x' }, 'reason'],
      ['history', {}, 'target'],
      ['undo', { change: '#1' }, 'change'],
    ];
    for (const [sub, base, option] of cases) {
      await property(
        nasty,
        async (value) => {
          const before = (await withk.store.curation.list()).length;
          const outcome = await curate(withk, sub, { ...base, [option]: value }, owner());
          expectSafe(outcome);
          const text = answerText(outcome);
          const after = (await withk.store.curation.list()).length;
          if (/Nothing was saved|Preview|New companies|already has this deal|History|Latest changes/.test(text))
            expect(after).toBe(before);
          else expect(after, `${sub} ${option}=${JSON.stringify(value)}: ${text}`).toBe(before + 1);
        },
        15,
      );
    }
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('answers autocomplete on every /curate option with at most 25 valid choices', async () => {
    const focused: [string, string][] = [
      ['deal', 'companies'],
      ['deal', 'titles'],
      ['alias', 'target'],
      ['fix', 'target'],
      ['retire', 'target'],
      ['history', 'target'],
      ['undo', 'change'],
    ];
    for (const [sub, option] of focused) {
      await property(
        nasty,
        async (value) => {
          const outcome = await withk.emulator.autocomplete({
            name: 'curate',
            ...owner(),
            options: [{ type: 1, name: sub, options: [{ name: option, type: 3, value, focused: true }] }] as never,
          });
          const choices = outcome.callback?.data?.choices as { name: string; value: string }[];
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const choice of choices) {
            expect(choice.name.length).toBeGreaterThan(0);
            expect(choice.name.length).toBeLessThanOrEqual(100);
            expect(choice.value.length).toBeLessThanOrEqual(100);
          }
        },
        10,
      );
    }
  });

  it('never logs an unexpected failure for any of that input', () => {
    expect(withk.logs.filter((line) => line.includes('"command failed"'))).toEqual([]);
    expect(withk.logs.filter((line) => line.includes('autocomplete failed'))).toEqual([]);
  });
});
