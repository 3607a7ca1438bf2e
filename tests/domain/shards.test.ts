import { describe, expect, it } from 'vitest';
import { parseShardIds, shardOfGuild } from '../../src/domain/shards.js';

describe('shardOfGuild', () => {
  it('follows Discord’s formula (guild_id >> 22) % shard_count', () => {
    // 41771983423143937 >> 22 = 9959216934 (Discord's documented example guild).
    expect(shardOfGuild('41771983423143937', 1)).toBe(0);
    expect(shardOfGuild('41771983423143937', 2)).toBe(0);
    expect(shardOfGuild('41771983423143937', 3)).toBe(9959216934 % 3);
    expect(shardOfGuild('41771983423143937', 7)).toBe(9959216934 % 7);
  });

  it('spreads consecutive snowflakes over every shard', () => {
    const base = 1_300_000_000_000_000_000n;
    const shards = new Set(Array.from({ length: 64 }, (_, i) => shardOfGuild(String(base + (BigInt(i) << 22n)), 4)));
    expect([...shards].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('parseShardIds', () => {
  it('reads ranges, lists and mixtures', () => {
    expect(parseShardIds('0-3')).toEqual([0, 1, 2, 3]);
    expect(parseShardIds('4, 5,7')).toEqual([4, 5, 7]);
    expect(parseShardIds('6,0-1,1')).toEqual([0, 1, 6]);
  });

  it('explains what is wrong', () => {
    expect(parseShardIds('a-b')).toMatch(/not a shard id/);
    expect(parseShardIds('3-1')).toMatch(/backwards/);
    expect(parseShardIds('0-8', 8)).toMatch(/shard 8 does not exist when there are 8 shards/);
    expect(parseShardIds('')).toMatch(/not a shard id/);
  });
});
