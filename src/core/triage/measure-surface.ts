// Signals read from the raw post rather than its words: links, tags, shouting, emoji.
import { countLinks, proseOf, TEXT_PATTERNS } from './text-patterns.ts';

export interface Surface {
  links: number;
  /** Mentions after the leading reply handles, other than the brand's own. */
  bodyMentions: number;
  hashtags: number;
  /** "!!", "??", "?!": insistence that sharpens whatever the words say. */
  repeatedPunctuation: boolean;
  /** "???", "?!": a question asked in exasperation (a plain "??" is just insistence). */
  exasperatedQuestion: boolean;
  /** Mostly capital letters: shouting. */
  shouting: boolean;
  angryEmoji: number;
  happyEmoji: number;
  /** Eye-rolls and blank stares (🙄😒😑🤦🙃😏): next to praise or thanks they mean the opposite. */
  ironicEmoji: number;
  /** Clapping (👏): sincere after a fix, sarcastic next to a problem. */
  clapping: number;
  /** A hashtag that declares irony: #not, #sarcasm, #ironia, #thanksfornothing... */
  ironyHashtag: boolean;
  /** The post tags a regulator or a consumer watchdog (@FAANews, @AGCOMunica): taken above the brand. */
  regulatorTagged: boolean;
  /**
   * A booking reference or an order number written out ("K2M9ZT", "113-4829117-2290114", "order
   * 88213"): the customer's own booking.
   */
  bookingReference: boolean;
  /** A train, bus or flight named by its time ("the 20:49 from Bath", "the 1405 New St to Lichfield"): a journey. */
  namesADeparture: boolean;
}

const ANGRY_EMOJI: ReadonlySet<string> = new Set([
  '😡', '😠', '🤬', '👎', '💩', '😤', '🙄', '😒', '😑', '😞', '😔', '😢', '😭', '😩', '😫', '🤦', '💢', '😱', '🤯',
]);
const IRONIC_EMOJI: ReadonlySet<string> = new Set(['🙄', '😒', '😑', '🤦', '🙃', '😏']);
// Not 🙏: under a request it says "please" ("my dad flies alone tomorrow 🙏"), and thanks come in words.
const HAPPY_EMOJI: ReadonlySet<string> = new Set([
  '😊', '🙂', '😀', '😃', '😄', '😁', '😍', '🥰', '😘', '❤', '💙', '💚', '💛', '🧡', '💜', '👍', '👏',
  '🎉', '💪', '✨', '🤩', '😇', '☺', '🥳', '💯',
]);
// Tags people add to make sure their irony is read (in the five languages we serve).
const IRONY_HASHTAGS: ReadonlySet<string> = new Set([
  'not', 'notreally', 'sarcasm', 'sarcastic', 'irony', 'ironic', 'thanksfornothing', 'ironia', 'sarcasmo', 'grazieperniente',
  'graciaspornada', 'ironie', 'sarcasme', 'mercipourrien', 'sarkasmus', 'dankefürnichts',
]);
// Accounts of regulators and consumer watchdogs in the countries of the languages we serve:
// customers tag them to take a complaint over the brand's head, a legal matter in all but name.
const REGULATOR_HANDLES: ReadonlySet<string> = new Set(
  [
    'FAANews', 'USDOT', 'FCC', 'FTC', 'CFPB', 'BBB_US', // United States
    'Ofcom', 'UK_CAA', 'ofgem', 'TheFCA', // United Kingdom
    'AGCOMunica', 'Codacons', 'Altroconsumo', // Italy
    'FACUA', 'consumogob', 'OCU_Consumo', // Spain
    'dgccrf', 'UFC_QueChoisir', // France
    'BNetzA', 'vzbv', // Germany
  ].map((handle) => `@${handle.toLowerCase()}`),
);
// Six letters and digits mixed, as airlines, rail and travel sites print booking references ("K2M9ZT",
// "Qm9L8g"); not a flight number ("UA1116"), an aircraft type ("ERJ145"), a tail number ("N284WN")
// or a word with a number in it ("5hours", "covid1", "me2sit", an e-mail's "acarl4@"). Amazon-style
// order numbers are three groups of digits.
const CODE_CANDIDATE = /(?<![\p{L}\p{N}_@.-])[A-Za-z0-9]{6}(?![\p{L}\p{N}_@-])/gu;
const NOT_A_BOOKING_REFERENCE = /^(?:[A-Z]{2}\d{4}|[A-Z]{3}\d{3}|N\d{3}[A-Z]{2}|\d+[a-z]+|[A-Za-z][a-z]*\d+|[a-z]*\d[a-z]*)$/;
const ORDER_NUMBER = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/;
const MIN_LETTERS_IN_REFERENCE = 2;
// "the 20:49 from BTM to Frome", "the 1405 New St to Lich City", "the 16:03 Bristol Parkway - London
// Paddington", "il 7.40 per Milano": a time and up to three capitalised words of a place, or four
// digits that read as a time and a place ("the 1500 to the shop" is an amount), then "from",
// "to" or a dash.
const DEPARTURE =
  /(?<![\p{L}\p{N}])(?:[Tt]he|[Ii]l|[Ee]l|[Ll]e|[Dd]er|[Dd]ie)\s+(?:\d{1,2}[:.h]\d{2}(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|(?:[01]\d|2[0-3])[0-5]\d(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+(?:from|to|da|per|de|à|von|nach|ab|-|–)\s/u;
// A bare number of seven digits or more, with no sign or separator that makes it a price, a count
// or part of a link, is a reference handed over ("RES # 0167560070877", "RR 1079871763"): a reply
// that gives one wants something done.
const LONG_NUMBER = /(?<![\p{L}\p{N}_@.,:\/£$€-])#?\d{7,}(?![\p{L}\p{N}_%-]|[.,]\d)/u;
// A number the customer names as their order's, booking's, claim's or case's ("order 88213", "ref
// 55102", "pedido #4521", "commande 30218", "bestellnr 8812", "file number MUCEU44721"): the
// name says it is theirs, however short or plain the number. Flights, trains and seats are left
// out: their numbers are everyone's ("flight 3744 is late").
const NAMED_REFERENCE = new RegExp(
  String.raw`\b(?:order|booking|reservation|ref|reference|case|ticket|claim|tracking|confirmation|file|invoice|policy|` +
    String.raw`ordine|prenotazione|pratica|riferimento|sinistro|polizza|` +
    String.raw`pedido|reserva|localizador|referencia|expediente|` +
    String.raw`commande|réservation|dossier|référence|sinistre|` +
    String.raw`bestellung|bestellnr|bestellnummer|buchung|auftrag|vorgang|vorgangsnummer|sendung|schadensnummer)` +
    String.raw`(?:\s+(?:no|nr|number|numero|número|numéro|nummer|n|code|id|#))?\.?[\s:#°º]*#?` +
    String.raw`(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,}\b`,
  'iu',
);

// Shouting needs a few capitalised words, not one acronym ("SIM", "ADSL", "AGCOM").
const SHOUTING_MIN_WORDS = 3;
const SHOUTING_MIN_SHARE = 0.6;

// The brand's handles as they appear in a post, per list of handles (the settings' one list).
const brandMentionsByHandles = new WeakMap<readonly string[], ReadonlySet<string>>();

export function measureSurface(text: string, brandHandles: readonly string[]): Surface {
  const brand = brandMentionsOf(brandHandles);
  const leading = TEXT_PATTERNS.leadingMentions.exec(text)?.[0] ?? '';
  // Every mention, read once: the body's are those after the leading reply handles. Patterns are
  // run with exec, not matchAll, which copies the pattern on every call.
  let bodyMentions = 0;
  let regulatorTagged = false;
  const { mention, emoji, hashtag } = TEXT_PATTERNS;
  mention.lastIndex = 0;
  for (let match = mention.exec(text); match !== null; match = mention.exec(text)) {
    const handle = match[0].toLowerCase();
    if (match.index >= leading.length && !brand.has(handle)) bodyMentions++;
    // Leading handles count: a reply thread often starts "@brand @FAANews ...".
    if (REGULATOR_HANDLES.has(handle)) regulatorTagged = true;
  }
  const prose = proseOf(text);
  let angryEmoji = 0;
  let happyEmoji = 0;
  let ironicEmoji = 0;
  let clapping = 0;
  emoji.lastIndex = 0;
  for (let match = emoji.exec(prose); match !== null; match = emoji.exec(prose)) {
    const [found] = match;
    if (ANGRY_EMOJI.has(found)) angryEmoji++;
    else if (HAPPY_EMOJI.has(found)) happyEmoji++;
    if (IRONIC_EMOJI.has(found)) ironicEmoji++;
    if (found === '👏') clapping++;
  }
  let hashtags = 0;
  let ironyHashtag = false;
  hashtag.lastIndex = 0;
  for (let match = hashtag.exec(text); match !== null; match = hashtag.exec(text)) {
    hashtags++;
    if (IRONY_HASHTAGS.has(match[0].slice(1).toLowerCase())) ironyHashtag = true;
  }
  return {
    links: countLinks(text),
    bodyMentions,
    hashtags,
    repeatedPunctuation: /[!?¿¡]{2,}/.test(prose),
    exasperatedQuestion: /\?{3,}|\?!|!\?/.test(prose),
    shouting: isShouting(prose),
    angryEmoji,
    happyEmoji,
    ironicEmoji,
    clapping,
    ironyHashtag,
    regulatorTagged,
    // The text, not the prose: "order #A7731" is no hashtag.
    bookingReference: NAMED_REFERENCE.test(text) || hasBookingReference(prose),
    namesADeparture: DEPARTURE.test(prose),
  };
}

function hasBookingReference(prose: string): boolean {
  if (ORDER_NUMBER.test(prose) || LONG_NUMBER.test(prose)) return true;
  CODE_CANDIDATE.lastIndex = 0;
  for (let match = CODE_CANDIDATE.exec(prose); match !== null; match = CODE_CANDIDATE.exec(prose)) {
    const [code] = match;
    const digits = code.replace(/\D/g, '').length;
    if (digits > 0 && code.length - digits >= MIN_LETTERS_IN_REFERENCE && !NOT_A_BOOKING_REFERENCE.test(code)) return true;
  }
  return false;
}

function brandMentionsOf(brandHandles: readonly string[]): ReadonlySet<string> {
  let mentions = brandMentionsByHandles.get(brandHandles);
  if (mentions === undefined) {
    mentions = new Set(brandHandles.map((handle) => `@${handle.replace(/^@/, '').toLowerCase()}`));
    brandMentionsByHandles.set(brandHandles, mentions);
  }
  return mentions;
}

function isShouting(prose: string): boolean {
  const words = prose.match(/\p{L}{3,}/gu) ?? [];
  const capitals = words.filter((word) => word === word.toUpperCase() && word !== word.toLowerCase()).length;
  return capitals >= SHOUTING_MIN_WORDS && capitals / words.length >= SHOUTING_MIN_SHARE;
}
