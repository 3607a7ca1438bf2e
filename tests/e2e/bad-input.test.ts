import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedLength, LIMITS } from '../../src/discord/limits.js';
import { embedsOf, startWithk, type Withk } from '../helpers/start-withk.js';

/** Strings people (and attackers) type: long, control and zero-width characters, RTL marks, mentions, markdown, emoji, Hangul. */
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
    '**bold** __u__ ~~s~~ ||spoiler|| [link](https://x.y)',
    '\u200b\u200b\u200b',
    '\u202eRomantics Anonymous',
    '\u0000\u0007\u001b[31m',
    '😀🇰🇷👩‍👩‍👧',
    '오징어 게임',
    'ロマンティック',
    'a'.repeat(100),
  ),
  fc
    .array(fc.constantFrom('@everyone ', '```', '\u200f', '기생충', 'Parasite ', '*'), { maxLength: 20 })
    .map((parts) => parts.join('')),
);

describe('bad input, property-based, through Discord', () => {
  let withk: Withk;
  beforeAll(async () => {
    withk = await startWithk({ now: new Date('2026-11-24T12:00:00Z') });
  });
  afterAll(() => withk?.stop());

  /** Every answer: an interaction callback, within Discord's limits, pinging nobody. */
  function expectSafeAnswer(outcome: Awaited<ReturnType<Withk['emulator']['command']>>) {
    expect(outcome.callback).toBeDefined();
    // A deferred answer (while a picture is drawn) arrives in the response after the callback.
    const deferred = outcome.callback?.type === 5;
    const data = (deferred ? outcome.responses.at(-1)?.body : outcome.callback?.data) ?? {};
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect((data.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
    for (const embed of embedsOf(outcome)) expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  }

  const stringCommands: [string, string, { name: string; value: string }[]][] = [
    ['title', 'name', []],
    ['deals', 'company', []],
    ['deals', 'partner', [{ name: 'company', value: 'cj-enm' }]],
    ['deals', 'kind', [{ name: 'company', value: 'cj-enm' }]],
    ['chart', 'chart', []],
    ['chart', 'period', [{ name: 'chart', value: 'netflix-global-tv-non-english' }]],
  ];

  it.each(stringCommands)('/%s answers any %s safely', async (name, option, fixed) => {
    await fc.assert(
      fc.asyncProperty(nasty, async (value) => {
        const options = [...fixed, { name: option, value }].map((o) => ({ ...o, type: 3 }));
        expectSafeAnswer(await withk.emulator.command({ name, options }));
      }),
      { numRuns: 60 },
    );
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it.each([
    ['title', 'name'],
    ['deals', 'company'],
    ['chart', 'chart'],
    ['digest', 'timezone'],
  ])('/%s autocomplete answers any %s with at most 25 valid choices', async (name, option) => {
    await fc.assert(
      fc.asyncProperty(nasty, async (value) => {
        const outcome = await withk.emulator.autocomplete({
          name,
          options: [{ name: option, type: 3, value, focused: true }],
        });
        const choices = outcome.callback?.data?.choices as { name: string; value: string }[];
        expect(outcome.callback?.type).toBe(8);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const choice of choices) {
          expect(choice.name.length).toBeGreaterThan(0);
          expect(choice.name.length).toBeLessThanOrEqual(100);
          expect(choice.value.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 40 },
    );
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('/trends answers out-of-range day counts without failing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -1_000_000, max: 1_000_000 }), async (days) => {
        expectSafeAnswer(
          await withk.emulator.command({ name: 'trends', options: [{ name: 'days', type: 4, value: days }] }),
        );
      }),
      { numRuns: 25 },
    );
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('never logs an unexpected failure for any of that input', () => {
    expect(withk.logs.filter((line) => line.includes('"command failed"'))).toEqual([]);
  });
});
