import { describe, expect, it } from 'vitest';
import { createPictureCache, fileName, versionOf } from '../../../src/discord/render/pictures/cache.js';

const request = (key: string, bytes = 10, draws: string[] = []) => ({
  key,
  name: `${key}.png`,
  draw: async () => {
    draws.push(key);
    return Buffer.alloc(bytes);
  },
});

describe('createPictureCache', () => {
  it('draws a picture once and keeps it', async () => {
    const cache = createPictureCache(100);
    const draws: string[] = [];
    await cache.get(request('a', 10, draws));
    await cache.get(request('a', 10, draws));
    expect(draws).toEqual(['a']);
    expect(cache.peek('a')?.name).toBe('a.png');
  });

  it('shares one drawing between concurrent requests', async () => {
    const cache = createPictureCache(100);
    const draws: string[] = [];
    await Promise.all([cache.get(request('a', 10, draws)), cache.get(request('a', 10, draws))]);
    expect(draws).toEqual(['a']);
  });

  it('drops the least recently used pictures past its byte budget', async () => {
    const cache = createPictureCache(25);
    await cache.get(request('a'));
    await cache.get(request('b'));
    cache.peek('a');
    await cache.get(request('c'));
    expect([cache.peek('a'), cache.peek('b'), cache.peek('c')].map(Boolean)).toEqual([true, false, true]);
    expect(cache.bytes).toBe(20);
  });

  it('keeps no failed drawing, so the next request tries again', async () => {
    const cache = createPictureCache(100);
    await expect(
      cache.get({ key: 'x', name: 'x.png', draw: () => Promise.reject(new Error('no canvas')) }),
    ).rejects.toThrow('no canvas');
    expect(cache.peek('x')).toBeUndefined();
    expect((await cache.get(request('x'))).png).toHaveLength(10);
  });
});

describe('versionOf and fileName', () => {
  it('numbers each catalog index once', () => {
    const [a, b] = [{}, {}];
    expect(versionOf(a)).toBe(versionOf(a));
    expect(versionOf(a)).not.toBe(versionOf(b));
  });

  it('makes ASCII file names Discord keeps', () => {
    expect(fileName('withk-ranks', 'Bon Appétit, Your Majesty!')).toBe('withk-ranks-bon-appetit-your-majesty.png');
    expect(fileName('withk-ranks', '오징어 게임')).toBe('withk-ranks.png');
  });
});
