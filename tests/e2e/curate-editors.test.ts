import { afterEach, describe, expect, it } from 'vitest';
import { answerText, curate } from '../helpers/curate.js';
import { startWithk, type Withk } from '../helpers/start-withk.js';

const ALIAS = { target: 'company:tbs', alias: 'Tokyo Hōsō' };
const STRANGER = '345678901234567890';

describe('who may curate, through Discord', () => {
  let withk: Withk | undefined;
  afterEach(async () => {
    await withk?.stop();
    withk = undefined;
  });

  it('lets the users and role members an operator names edit, names them to everyone else, pinging nobody', async () => {
    const editorId = '123456789012345678';
    withk = await startWithk({
      emulator: { roles: ['Curators', 'Fans'] },
      config: (emulator) => ({ editorUserIds: [editorId], editorRoleIds: [emulator.roleIds.Curators!] }),
    });
    const { roleIds } = withk.emulator;
    const refused = await curate(withk, 'alias', ALIAS, { userId: STRANGER, roles: [roleIds.Fans!] });
    expect(refused.ephemeral).toBe(true);
    expect(answerText(refused)).toContain(`<@${editorId}>, members with <@&${roleIds.Curators}>`);
    expect(refused.original?.allowed_mentions ?? refused.callback?.data?.allowed_mentions).toEqual({ parse: [] });
    expect(await withk.store.curation.list()).toHaveLength(8);

    const byUser = await curate(withk, 'alias', ALIAS, { userId: editorId });
    expect(answerText(byUser)).toContain('Alias added: **TBS (company)**');
    const byRole = await curate(
      withk,
      'alias',
      { target: 'company:tbs', alias: 'TBS Holdings' },
      { userId: STRANGER, roles: [roleIds.Fans!, roleIds.Curators!] },
    );
    expect(answerText(byRole)).toContain('Alias added');
    expect((await withk.store.curation.list()).map((change) => change.editor.id).slice(-2)).toEqual([
      editorId,
      STRANGER,
    ]);
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('lets the members of the team that owns the application edit, asking Discord only once', async () => {
    const member = '234567890123456789';
    withk = await startWithk({ emulator: { team: { name: 'withk crew', memberIds: ['111111111111111111', member] } } });
    const refused = await curate(withk, 'alias', ALIAS, { userId: STRANGER });
    expect(answerText(refused)).toContain("the bot's owner (**withk crew**)");
    expect(answerText(await curate(withk, 'alias', ALIAS, { userId: member }))).toContain('Alias added');
    const fetches = withk.emulator.requests.filter((r) => r.method === 'GET' && r.path === '/applications/@me');
    expect(fetches).toHaveLength(1);
  });

  it('suggests nothing to someone who cannot edit, and records to an editor', async () => {
    withk = await startWithk();
    const ask = (userId: string) =>
      withk!.emulator.autocomplete({
        name: 'curate',
        userId,
        options: [
          {
            type: 1,
            name: 'retire',
            options: [{ name: 'target', type: 3, value: 'cj enm tbs', focused: true }],
          },
        ] as never,
      });
    expect((await ask(STRANGER)).callback?.data?.choices).toEqual([]);
    const choices = (await ask(withk.emulator.ownerId)).callback?.data?.choices as { name: string; value: string }[];
    expect(choices.map((c) => c.name)).toEqual([
      'CJ ENM × TBS · Co-production · Oct 2025',
      'CJ ENM × TBS · Co-production · 2025',
    ]);
    expect(choices[0]?.value).toBe('deal:cj-enm-tbs-synchro');
  });
});
