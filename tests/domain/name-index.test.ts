import { describe, expect, it } from 'vitest';
import { createNameIndex, nameIndexSteps } from '../../src/domain/name-index.js';
import { seedIndex } from '../helpers/seed.js';

describe('title name index', () => {
  const index = seedIndex().titleNames;
  const top = (query: string) => index.search(query, 3).map((match) => match.item.id);

  it('finds a title ignoring case, accents and punctuation', () => {
    expect(top('bon appetit your majesty')[0]).toBe('bon-appetit-your-majesty');
    expect(index.exact('BON APPETIT, YOUR MAJESTY')[0]?.id).toBe('bon-appetit-your-majesty');
  });

  it('finds a title by prefix', () => {
    expect(top('roman')[0]).toBe('romantics-anonymous');
  });

  it('tolerates a typo', () => {
    expect(top('romantcs anonymous')[0]).toBe('romantics-anonymous');
  });

  it('finds titles by their Korean and Japanese names', () => {
    expect(top('기생충')[0]).toBe('parasite');
    expect(top('폭군')[0]).toBe('bon-appetit-your-majesty');
    expect(top('ロマンティック')[0]).toBe('romantics-anonymous');
  });

  it('returns nothing for a name it does not know', () => {
    expect(top('zzzzqqq')).toEqual([]);
    expect(index.search('   ', 5)).toEqual([]);
  });

  it('ranks an exact name above a longer name that contains it', () => {
    const names = createNameIndex(
      [
        { id: 'pil', names: ['Parasite in Love'] },
        { id: 'p', names: ['Parasite'] },
      ],
      { namesOf: (item) => item.names },
    );
    expect(names.search('parasite', 2).map((m) => m.item.id)).toEqual(['p', 'pil']);
    expect(names.exact('parasite').map((item) => item.id)).toEqual(['p']);
  });

  it('shows the name that matched as the source spells it', () => {
    const names = createNameIndex([{ id: 'p', names: ['Parasite', 'Gisaengchung!', '기생충'] }], {
      namesOf: (item) => item.names,
    });
    expect(names.search('gisaeng', 1)[0]?.matchedName).toBe('Gisaengchung!');
    expect(names.search('기생', 1)[0]?.matchedName).toBe('기생충');
    expect(names.search('parasit', 1)[0]?.matchedName).toBe('Parasite');
  });

  it('does not take a name for another whose hash it shares', () => {
    // "glbvs" and "yacxa" have the same 32-bit hash: the exact look-up files them together.
    const names = createNameIndex(
      [
        { id: 'g', names: ['Glbvs'] },
        { id: 'y', names: ['Yacxa'] },
        { id: 'both', names: ['Yacxa', 'Glbvs'] },
      ],
      { namesOf: (item) => item.names },
    );
    expect(names.exact('yacxa').map((item) => item.id)).toEqual(['y', 'both']);
    expect(names.exact('glbvs').map((item) => item.id)).toEqual(['g', 'both']);
    expect(names.search('yacxa', 5).map((match) => match.item.id)).toEqual(['y', 'both']);
  });

  it('finds an item once however many of its names equal the query, and never by an empty name', () => {
    const names = createNameIndex(
      [
        { id: 'p', names: ['Parasite', 'PARASITE!', '', '...'] },
        { id: 'q', names: [''] },
      ],
      { namesOf: (item) => item.names },
    );
    expect(names.exact('parasite').map((item) => item.id)).toEqual(['p']);
    expect(names.exact('').map((item) => item.id)).toEqual([]);
    expect(names.exact('?!').map((item) => item.id)).toEqual([]);
    expect(names.search('parasite', 5).map((match) => match.item.id)).toEqual(['p']);
  });
});

describe('name index search, one after another', () => {
  const items = Array.from({ length: 40 }, (_, i) => ({ id: `love-${i}`, names: [`Love Story ${i}`] }));
  const names = createNameIndex(items, { namesOf: (item) => item.names });
  const ids = (query: string, limit = 40) => names.search(query, limit).map((match) => match.item.id);

  it('finds again what the search before it took (each search starts afresh)', () => {
    const first = ids('love');
    expect(first).toHaveLength(40);
    expect(ids('love')).toEqual(first);
    expect(ids('story 7')).toEqual(['love-7']);
    expect(ids('love')).toEqual(first);
  });

  it('keeps equal scores in index order and returns only `limit` of them', () => {
    expect(ids('love', 3)).toEqual(['love-0', 'love-1', 'love-2']);
    expect(ids('love', 0)).toEqual([]);
  });
});

describe('name index built in steps', () => {
  it('pauses while folding a long list (every 2,000 items, and once after) and answers as one built at once', () => {
    const items = Array.from({ length: 5_000 }, (_, i) => ({ id: `t${i}`, names: [`Title ${i} love`] }));
    const source = { namesOf: (item: { id: string; names: string[] }) => item.names };
    const steps = nameIndexSteps(items, source);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(3);
    const once = createNameIndex(items, source);
    for (const query of ['title 4321', 'love', 'titel 17']) {
      expect(step.value.search(query, 10).map((match) => match.item.id)).toEqual(
        once.search(query, 10).map((match) => match.item.id),
      );
    }
    expect(step.value.search('title 4321', 1)[0]?.item.id).toBe('t4321');
  });
});
