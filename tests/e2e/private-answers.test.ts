import { afterEach, describe, expect, it } from 'vitest';
import type { InteractionOutcome } from '../support/emulator/index.js';
import { MODERATOR } from '../helpers/digest-command.js';
import { embedsOf, startWithk, type Withk } from '../helpers/start-withk.js';

// An interaction older than the router's 1.5 s threshold is deferred before it is answered, as under a burst.
const WAITED = 2_000;
const EPHEMERAL = 64;

/** Nothing the bot sent for this interaction was visible to the channel. */
function staysPrivate(outcome: InteractionOutcome) {
  const publicFollowUps = outcome.followUps.filter((body) =>
    ((body.flags as number | undefined) ?? 0) & EPHEMERAL ? false : true,
  );
  return { ephemeralCallback: outcome.ephemeral, publicFollowUps: publicFollowUps.length };
}

describe('private answers under load', () => {
  let withk: Withk | undefined;
  afterEach(async () => {
    await withk?.stop();
    withk = undefined;
  });

  it('defers /about privately when it waited, and edits the private placeholder', async () => {
    withk = await startWithk();
    const outcome = await withk.emulator.command({ name: 'about', ageMs: WAITED });
    expect(outcome.callback?.type).toBe(5);
    expect(staysPrivate(outcome)).toEqual({ ephemeralCallback: true, publicFollowUps: 0 });
    expect(embedsOf(outcome)[0]?.title).toMatch(/withk/i);
  });

  it('defers /digest status privately when it waited', async () => {
    withk = await startWithk();
    const outcome = await withk.emulator.command({
      name: 'digest',
      options: [{ name: 'status', type: 1, options: [] }],
      memberPermissions: MODERATOR,
      ageMs: WAITED,
    } as never);
    expect(outcome.callback?.type).toBe(5);
    expect(staysPrivate(outcome)).toEqual({ ephemeralCallback: true, publicFollowUps: 0 });
    expect(outcome.original).toBeDefined();
  });

  it('defers a public answer publicly, and turns an error after it into a private note', async () => {
    withk = await startWithk();
    const found = await withk.emulator.command({
      name: 'title',
      options: [{ name: 'name', type: 3, value: 'Parasite' }],
      ageMs: WAITED,
    });
    expect(found.callback?.type).toBe(5);
    expect(found.ephemeral).toBe(false);
    expect(embedsOf(found)[0]?.title).toBe('Parasite');

    const missing = await withk.emulator.command({
      name: 'title',
      options: [{ name: 'name', type: 3, value: 'zzzz nothing' }],
      ageMs: WAITED,
    });
    await withk.emulator.waitFor(() => missing.followUps.length > 0);
    expect(missing.deleted).toBe(true);
    expect(missing.followUps).toEqual([
      expect.objectContaining({ flags: EPHEMERAL, content: expect.stringContaining('No title') }),
    ]);
  });

  it('keeps /about and /digest answers private in a flood of 300 interactions, half of them kept waiting', async () => {
    withk = await startWithk({ emulator: { validateAgainstSpec: false } });
    const { emulator } = withk;
    const inputs = {
      about: { name: 'about' },
      digest: { name: 'digest', options: [{ name: 'status', type: 1, options: [] }], memberPermissions: MODERATOR },
      title: { name: 'title', options: [{ name: 'name', type: 3, value: 'Parasite' }] },
    };
    const kinds = ['about', 'digest', 'title'] as const;
    const outcomes = await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        const kind = kinds[i % kinds.length]!;
        const outcome = await emulator.command({ ...inputs[kind], ageMs: i % 2 ? WAITED : 0 } as never, {
          timeoutMs: 20_000,
        });
        return { kind, outcome };
      }),
    );
    const privateOnes = outcomes.filter((o) => o.kind !== 'title');
    expect(privateOnes).toHaveLength(200);
    expect(privateOnes.filter((o) => o.outcome.callback?.type === 5).length).toBeGreaterThanOrEqual(100);
    for (const { outcome } of privateOnes)
      expect(staysPrivate(outcome)).toEqual({ ephemeralCallback: true, publicFollowUps: 0 });
    for (const { outcome } of outcomes.filter((o) => o.kind === 'title')) expect(outcome.ephemeral).toBe(false);
  });
});
