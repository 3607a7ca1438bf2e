import { escapeMarkdown } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safe } from '../../src/discord/render/format.js';

// Control characters become spaces first, as before the fast path.
// eslint-disable-next-line no-control-regex
const reference = (text: string) => escapeMarkdown(text.replace(/[\u0000-\u001f\u007f]/g, ' '));

describe('safe (Markdown made inert)', () => {
  it('answers exactly as escapeMarkdown for any text, Markdown-heavy or plain', () => {
    const markdownish = fc.string({
      unit: fc.constantFrom('*', '_', '~', '|', '`', '\\', '#', '-', '[', ']', '(', ')', 'a', ' ', '\n', '로', 'ー'),
    });
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ unit: 'binary' })), (text) => {
        expect(safe(text)).toBe(reference(text));
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });

  it('escapes what would format, and leaves names without Markdown as they are', () => {
    expect(safe('**bold** _it_ ~~x~~ ||s|| `c` \\')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~x\\~\\~ \\|\\|s\\|\\| \\`c\\` \\\\',
    );
    expect(safe('Squid Game: Season 2 (오징어 게임)')).toBe('Squid Game: Season 2 (오징어 게임)');
    expect(safe('line\nbreak')).toBe('line break');
  });
});
