/** KOBIS nation names (Korean) → ISO 3166-1 alpha-2, for every nation the real film records use and a few more. */
const NATIONS: Record<string, string> = {
  한국: 'KR',
  일본: 'JP',
  미국: 'US',
  프랑스: 'FR',
  영국: 'GB',
  중국: 'CN',
  이탈리아: 'IT',
  독일: 'DE',
  캐나다: 'CA',
  홍콩: 'HK',
  러시아: 'RU',
  스페인: 'ES',
  호주: 'AU',
  대만: 'TW',
  벨기에: 'BE',
  노르웨이: 'NO',
  태국: 'TH',
  덴마크: 'DK',
  스웨덴: 'SE',
  헝가리: 'HU',
  네덜란드: 'NL',
  핀란드: 'FI',
  폴란드: 'PL',
  아일랜드: 'IE',
  스위스: 'CH',
  체코: 'CZ',
  우크라이나: 'UA',
  인도: 'IN',
  브라질: 'BR',
  아르헨티나: 'AR',
  베트남: 'VN',
  카자흐스탄: 'KZ',
  오스트리아: 'AT',
  멕시코: 'MX',
  필리핀: 'PH',
  남아프리카공화국: 'ZA',
  아이슬란드: 'IS',
  에스토니아: 'EE',
  불가리아: 'BG',
  이란: 'IR',
  말레이시아: 'MY',
  인도네시아: 'ID',
  루마니아: 'RO',
  뉴질랜드: 'NZ',
  이스라엘: 'IL',
  이집트: 'EG',
  페루: 'PE',
  룩셈부르크: 'LU',
  우루과이: 'UY',
  모로코: 'MA',
  포르투갈: 'PT',
  터키: 'TR',
  튀르키예: 'TR',
  싱가포르: 'SG',
  몽고: 'MN',
  몽골: 'MN',
  칠레: 'CL',
  콜롬비아: 'CO',
  그리스: 'GR',
  북한: 'KP',
  사우디아라비아: 'SA',
  아랍에미리트: 'AE',
};

/**
 * The ISO code of a KOBIS nation name ("한국" → "KR"), or undefined for names with none ("기타", "other") or
 * not in the table; callers keep those out rather than guess.
 */
export function nationCode(name: string): string | undefined {
  return NATIONS[name.trim()];
}

/**
 * True when a title was made across borders: Korea and at least one other country among its origin countries
 * (KOBIS lists every producing nation of a film, so 베트남 + 한국 is a Korea–Vietnam co-production).
 */
export function isCrossBorder(countries: readonly string[]): boolean {
  return countries.includes('KR') && countries.some((country) => country !== 'KR');
}
