/**
 * What a chart can be found by beyond its English name, so `/chart` autocomplete answers a Korean or Japanese
 * reader typing `일본 TV`, `韓国 映画` or `박스오피스`: the country in Korean and Japanese (from the runtime's ICU
 * data) and the provider's and category's words in both languages. Search words, not sentences for display.
 */
const PROVIDER_WORDS: Record<string, string> = {
  'netflix-top10': '넷플릭스 ネットフリックス',
  kobis: '박스오피스 극장 영화 ボックスオフィス 映画館 映画 韓国',
};

const CATEGORY_WORDS: [RegExp, string][] = [
  [/films?/i, '영화 映画'],
  [/\btv\b/i, '드라마 시리즈 ドラマ シリーズ'],
  [/non-english/i, '비영어 非英語'],
  [/\(english\)/i, '영어 英語'],
];

const regionNames = ['ko', 'ja'].map((language) => new Intl.DisplayNames([language], { type: 'region' }));

export function chartSearchWords(chart: {
  provider: string;
  country?: string;
  category?: string;
  name: string;
}): string {
  const words = [PROVIDER_WORDS[chart.provider] ?? ''];
  if (chart.country) for (const names of regionNames) words.push(names.of(chart.country) ?? '');
  else if (chart.provider === 'netflix-top10') words.push('글로벌 세계 グローバル 世界');
  const category = chart.category ?? chart.name;
  for (const [pattern, said] of CATEGORY_WORDS) if (pattern.test(category)) words.push(said);
  return words.join(' ');
}
