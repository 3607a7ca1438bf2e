import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/domain/user-error.js';
import { commandName, list, ref, t, toLocale } from '../../src/i18n/index.js';
import { userErrorText } from '../../src/i18n/user-error.js';

describe('toLocale', () => {
  it('answers Korean and Japanese clients in their language and everyone else in English', () => {
    expect(toLocale('ko')).toBe('ko');
    expect(toLocale('ja')).toBe('ja');
    expect(['en-US', 'en-GB', 'zh-TW', 'fr', '', undefined, null].map(toLocale)).toEqual(Array(7).fill('en'));
  });
});

describe('t', () => {
  it('picks plural forms with the language’s own rules and formats the count', () => {
    expect(t('en', 'about.titles', { count: 1 })).toBe('1 title');
    expect(t('en', 'about.titles', { count: 12_345 })).toBe('12,345 titles');
    expect(t('ko', 'about.titles', { count: 1 })).toBe('작품 1편');
    expect(t('ja', 'about.titles', { count: 12_345 })).toBe('作品12,345件');
  });

  it('renders nested messages and lists in the same language', () => {
    const params = {
      head: ref('notFound.title', { query: ref('common.quoted', { text: 'Romantcs' }) }),
      suggestions: list(['A', 'B']),
    };
    expect(t('en', 'notFound.suggest', params)).toBe('No title matches “Romantcs”. Did you mean: A, B?');
    expect(t('ja', 'notFound.suggest', params)).toBe('「Romantcs」に一致する作品はありません。もしかして：A、B');
  });

  it('never interpolates what a user typed', () => {
    expect(t('ko', 'common.quoted', { text: '{{text}} $t(about.title) {{lng}}' })).toBe(
      '“{{text}} $t(about.title) {{lng}}”',
    );
  });

  it('names commands as each client shows them', () => {
    expect([
      commandName('en', 'digest', 'set'),
      commandName('ko', 'digest', 'set'),
      commandName('ja', 'title'),
    ]).toEqual(['/digest set', '/브리핑 설정', '/作品']);
  });
});

describe('UserError', () => {
  it('carries a key and parameters, rendered in whichever language the asker reads', () => {
    const error = new UserError('pager.notYours', { command: 'deals' });
    expect(error.message).toBe('pager.notYours');
    expect(userErrorText('en', error)).toBe('Only the person who asked can turn these pages. Run `/deals` yourself.');
    expect(userErrorText('ko', error)).toBe(
      '질문한 사람만 페이지를 넘길 수 있습니다. 직접 `/deals` 명령어를 실행해 보세요.',
    );
  });
});
