import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { commandsHash } from '../../src/discord/register-commands.js';

describe('the command list', () => {
  it('holds one command per file in commands/, named after it', () => {
    const files = readdirSync(fileURLToPath(new URL('../../commands', import.meta.url)))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(commands.map((c) => c.data.name).sort()).toEqual(files.sort());
  });

  it('builds valid command JSON with descriptions a person can read', () => {
    for (const command of commands) {
      const json = command.data.toJSON();
      expect(json.description.length).toBeGreaterThan(10);
      expect(json.description.length).toBeLessThanOrEqual(100);
      for (const option of json.options ?? []) expect(option.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('keeps /digest to members who can manage the server, and in servers only', () => {
    const digest = commands.find((c) => c.data.name === 'digest')!.data.toJSON();
    expect(digest.default_member_permissions).toBe(String(1n << 5n));
    expect(digest.contexts).toEqual([0]);
  });

  it('hashes the command JSON stably, so unchanged commands are not registered again', () => {
    expect(commandsHash(commands)).toBe(commandsHash([...commands]));
    expect(commandsHash(commands)).not.toBe(commandsHash(commands.slice(1)));
  });
});
