import type { TextSpan } from './text-span.ts';

// Customers locked out of an app or a SIM sometimes post the very password or PIN that fails
// ("my password is Hunter22 and it says wrong", "PIN 1234, SIM still locked"). The value after
// the word is found, so the word stays readable ("password: [secret]"). A value must look like
// one: digits for a PIN, PUK or one-time code; a digit or a symbol for a password, because a
// plain word after "password is" is mostly what is wrong with it ("my password is wrong").
const PASSWORD_WORDS = String.raw`password|passwd|pwd|passcode|contrase[ñn]a|clave|mot de passe|mdp|passwort|kennwort|codice segreto`;
const CODE_WORDS = String.raw`pin|puk|otp`;
// "is", "è", "es", "est", "ist", their past tenses, a colon or an equals sign.
const SAYS = String.raw`(?:\s*[:=]\s*|\s+(?:is|was|è|era|es|est|ist|war|lautet)\s*:?\s*|\s+)`;
const VALUE = String.raw`[^\s"'“”‘’()\[\]<>]{3,64}`;

const SECRET = new RegExp(String.raw`(?<![\p{L}\p{N}#])(?:(${PASSWORD_WORDS})|(${CODE_WORDS}))${SAYS}(${VALUE})`, 'giu');
// Cheap test first: most messages name no password or code at all.
const ANY_WORD = /pass|pwd|pin|puk|otp|contrase|clave|mdp|kennwort|segreto/iu;
const TRAILING_PUNCTUATION = /[.,;:!?…]+$/u;
const DIGIT = /\p{N}/u;
const DIGITS_ONLY = /^\p{N}{4,10}$/u;
// A symbol people put in passwords, inside the value ("P@ss"); not a sentence's "changed.^JRA".
const SYMBOL_INSIDE = /.[@#$%*!_+=~?-]./u;
// What follows "password:" in a help text: a link to a form, an HTML entity ("Password &amp; Security").
const NOT_A_VALUE = /^(?:https?:|www\.|&)/iu;

/** Passwords, PINs, PUKs and one-time codes posted after the word that names them, in order. */
export function findSecrets(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  if (!ANY_WORD.test(text)) return spans;
  for (const match of text.matchAll(SECRET)) {
    const [whole, passwordWord, , written] = match as unknown as [string, string | undefined, string | undefined, string];
    const value = written.replace(TRAILING_PUNCTUATION, '');
    const looksLikeOne =
      passwordWord !== undefined ? value.length >= 4 && (DIGIT.test(value) || SYMBOL_INSIDE.test(value)) : DIGITS_ONLY.test(value);
    if (!looksLikeOne || NOT_A_VALUE.test(value)) continue;
    const start = match.index + whole.length - written.length;
    spans.push({ start, end: start + value.length });
  }
  return spans;
}
