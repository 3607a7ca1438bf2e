import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe('createLogger', () => {
  const secret = 'MTA4NzY1NDMyMTA5ODc2NTQzMg.GabcDE.secret-part';

  it('removes the token wherever it appears: message, fields, errors', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', secrets: [secret], write: (line) => lines.push(line) });
    logger.info({ url: `https://x/${secret}`, token: secret }, `token is ${secret}`);
    logger.error({ err: new Error(`login failed for ${secret}`) }, 'boom');
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain(secret);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('writes ordinary lines unchanged', () => {
    const lines: string[] = [];
    createLogger({ level: 'info', secrets: [secret], write: (line) => lines.push(line) }).info(
      { guildId: '1' },
      'hello',
    );
    expect(JSON.parse(lines[0]!)).toMatchObject({ guildId: '1', msg: 'hello' });
  });
});
