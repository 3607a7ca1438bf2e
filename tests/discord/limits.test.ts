import { describe, expect, it } from 'vitest';
import { embedLength, fitChoices, fitContent, fitEmbed, LIMITS, truncate } from '../../src/discord/limits.js';

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('abc', 5)).toBe('abc');
  });

  it('cuts long text to the limit with an ellipsis', () => {
    const cut = truncate('a'.repeat(300), 256);
    expect(cut).toHaveLength(256);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits an emoji or other surrogate pair', () => {
    const cut = truncate('😀'.repeat(100), 11);
    expect(cut.length).toBeLessThanOrEqual(11);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('what the limits count, against what Discord counts (code points)', () => {
  const codePoints = (text: string) => [...text].length;

  it('counts Hangul, kana and kanji one each, as Discord does, so Korean and Japanese get the full limit', () => {
    const korean = '가'.repeat(LIMITS.embedDescription);
    const japanese = 'あ漢'.repeat(LIMITS.fieldValue / 2);
    expect(embedLength({ description: korean })).toBe(codePoints(korean));
    expect(fitEmbed({ description: korean }).description).toBe(korean);
    expect(fitEmbed({ fields: [{ name: '名', value: japanese }] }).fields?.[0]?.value).toBe(japanese);
  });

  it('never counts fewer characters than Discord: an emoji is one code point and two units', () => {
    const emoji = '😀'.repeat(LIMITS.content);
    expect(codePoints(fitContent(emoji))).toBeLessThanOrEqual(LIMITS.content);
    expect(embedLength({ title: '😀' })).toBeGreaterThanOrEqual(codePoints('😀'));
  });
});

describe('fitEmbed', () => {
  it('truncates every part to its own limit', () => {
    const embed = fitEmbed({
      title: 't'.repeat(400),
      description: 'd'.repeat(5000),
      fields: [{ name: 'n'.repeat(300), value: 'v'.repeat(2000) }],
      footer: { text: 'f'.repeat(200) },
    });
    expect(embed.title).toHaveLength(LIMITS.embedTitle);
    expect(embed.fields?.[0]?.name).toHaveLength(LIMITS.fieldName);
    expect(embed.fields?.[0]?.value).toHaveLength(LIMITS.fieldValue);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('cuts a footer longer than 2048 characters', () => {
    expect(fitEmbed({ footer: { text: 'f'.repeat(3000) } }).footer?.text).toHaveLength(LIMITS.footerText);
  });

  it('keeps at most 25 fields and drops empty ones', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, value: i === 0 ? ' ' : 'v' }));
    const embed = fitEmbed({ fields });
    expect(embed.fields).toHaveLength(25);
    expect(embed.fields?.[0]?.name).toBe('n1');
  });

  it('drops trailing fields to stay under 6000 characters in total', () => {
    const fields = Array.from({ length: 10 }, (_, i) => ({ name: `field ${i}`, value: 'x'.repeat(1000) }));
    const embed = fitEmbed({ title: 'T', description: 'y'.repeat(2000), fields });
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed.fields!.length).toBeLessThan(10);
  });
});

describe('fitChoices', () => {
  it('keeps 25 choices with names of at most 100 characters', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({
      name: `${'long name '.repeat(20)}${i}`,
      value: `id-${i}`,
    }));
    const fitted = fitChoices(choices);
    expect(fitted).toHaveLength(25);
    expect(fitted.every((c) => c.name.length <= 100 && c.name.length > 0)).toBe(true);
  });

  it('drops choices whose value is too long or empty', () => {
    expect(
      fitChoices([
        { name: 'a', value: 'v'.repeat(101) },
        { name: 'b', value: '' },
        { name: 'c', value: 'ok' },
      ]),
    ).toEqual([{ name: 'c', value: 'ok' }]);
  });
});

describe('fitContent', () => {
  it('keeps message content within 2000 characters', () => {
    expect(fitContent('x'.repeat(2500))).toHaveLength(LIMITS.content);
  });
});
