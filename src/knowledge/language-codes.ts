// ISO 639-1 two-letter codes, so `lang: xx` (two letters, but no language) is caught as a typo
// instead of silently creating an entry no customer will ever be matched to.
const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy ' +
    'da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht ' +
    'hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky ' +
    'la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny ' +
    'oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss ' +
    'st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo ' +
    'za zh zu'
  ).split(' '),
);

// Names editors tend to write instead of the code, so the fix can name the right one.
const CODES_BY_NAME: Record<string, string> = {
  italian: 'it',
  italiano: 'it',
  ita: 'it',
  english: 'en',
  inglese: 'en',
  eng: 'en',
  spanish: 'es',
  spagnolo: 'es',
  español: 'es',
  french: 'fr',
  francese: 'fr',
  français: 'fr',
  german: 'de',
  tedesco: 'de',
  deutsch: 'de',
  portuguese: 'pt',
  portoghese: 'pt',
};

export function isLanguageCode(value: string): boolean {
  return ISO_639_1.has(value);
}

/** The code an editor most likely meant by `value` (a name, an upper-case or regional code). */
export function suggestLanguageCode(value: string): string | undefined {
  const lower = value.trim().toLowerCase();
  const byName = CODES_BY_NAME[lower];
  if (byName) return byName;
  const primary = lower.split(/[-_]/)[0] ?? '';
  return ISO_639_1.has(primary) ? primary : undefined;
}
