/**
 * Discord's sharding rule: a guild belongs to shard `(guild_id >> 22) % shard_count`. Every process that runs a
 * range of shards uses this to serve (and post digests for) exactly its own guilds.
 */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * Reads a shard list as operators write it: `0-3`, `4,5,7`, `0-1,6`. Returns the sorted ids, or a sentence saying
 * what is wrong. Ids must be below `shardCount` when it is known.
 */
export function parseShardIds(text: string, shardCount?: number): number[] | string {
  const ids = new Set<number>();
  for (const part of text.split(',').map((p) => p.trim())) {
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!match) return `“${part}” is not a shard id or range (use e.g. 0-3 or 0,2,5)`;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from) return `the range ${part} runs backwards`;
    if (to - from > 10_000) return `the range ${part} is too large`;
    for (let id = from; id <= to; id++) ids.add(id);
  }
  const sorted = [...ids].sort((a, b) => a - b);
  if (shardCount !== undefined && sorted.at(-1)! >= shardCount) {
    return `shard ${sorted.at(-1)} does not exist when there are ${shardCount} shards (ids start at 0)`;
  }
  return sorted;
}
