// The shape of one language's word lists. Lexicons are data so that whoever maintains the bot
// can extend them without touching the code.
//
// Phrase syntax (matched word by word, case- and accent-insensitive; punctuation and apostrophes
// separate words, so write "non c'è campo" or "non c e campo", both work):
//   word        that exact word                      "rimborso"
//   word*       any word starting with it            "addebit*"  (addebito, addebitato, ...)
//   a|b|c       one of these words (each may end *) "sono|siamo|ho"
//   ..          up to three words of anything       "mi avete .. addebitato"
// An alternative is one word: "cavo .. scoperto|a terra" means "cavo .. scoperto terra" or
// "cavo .. a terra"; write two phrases ("cavo .. scoperto", "cavo .. a terra") instead.
// The lexicon tests catch the usual slip: a word in two neighbouring slots ("non va|non funziona").
// A phrase never spans punctuation (a comma or full stop ends it). English contractions are
// expanded first: write "does not work" (it also matches "doesn't work" and "doesnt work").

/** What a phrase list means for triage. */
export type LexiconCategory =
  /** Signals a question anywhere ("vorrei sapere"). */
  | 'question'
  /**
   * A need or a plea said as a statement ("I need help with my bill", "per favore", "bitte"): thanks
   * next to it are politeness, not a thank-you's worth.
   */
  | 'request'
  /** Signals a question only at the start of a sentence ("come", "how do"). */
  | 'questionStart'
  /** A general how-to question: "my ..." alone is then not about the customer's own account. */
  | 'howTo'
  /** The customer's own account, order, charge, refund, SIM or identity, on its own. */
  | 'account'
  /** "my bill", "il mio ordine": account, unless the message is a how-to question. */
  | 'accountWeak'
  /** Stated dissatisfaction: bad service, waiting, no response, rude staff. */
  | 'complaint'
  /** A problem named without feeling ("problema", "issue", "delay"): a complaint unless the post thanks for its solution. */
  | 'problem'
  /** A problem that is over: "works again", "è tornata la linea", "problem solved". */
  | 'resolved'
  /** Something that does not work now: a fault, an outage, a delivery or a trip that failed. */
  | 'faulty'
  /** Fraud and breaches: hacked account, SIM swap, charges never made, stolen parcel, data given away. */
  | 'security'
  /** Leaving or about to: cancelling, switching to a competitor, "never again". */
  | 'churn'
  /** Asking how to cancel or leave ("how do I cancel?", "come si disdice?"): churn next to a complaint or a fault. */
  | 'cancelAsk'
  /** Irony on its own: "thanks for nothing", "yeah right", "grazie per niente". */
  | 'ironic'
  /** Praise: a thank-you's worth on its own, ironic next to a problem ("great job!", "bravi!", "chapeau"). */
  | 'praise'
  /** Openers that are ironic next to a problem and never praise on their own: "love how", "so glad", "che bello quando". */
  | 'ironyLead'
  /** What sarcastic thanks are for: "losing my bag", "taking 3 weeks", "making me wait". */
  | 'ironyTarget'
  /** What genuine thanks are for: help, a fix, an update, a quick reply. */
  | 'resolution'
  /** The company's promises that customers put in scare quotes: "customer service", "on its way", "unlimited". */
  | 'claim'
  /**
   * What a tracker, an app or a ticket claims happened ("delivered", "consegnato", "resolved",
   * "nicht angetroffen"): quoted by a customer, with no words around it needed, it is disputed.
   */
  | 'statusClaim'
  /** Words that introduce a message the customer quotes: "it says", "mi dà", "affiche". */
  | 'quoteIntro'
  /** Words that join praise and a problem honestly: "but", "ma", "aber", "even though". */
  | 'contrast'
  /**
   * Words that open a supposition ("if", "se", "si mon", "falls"): a fault or time pressure after
   * them, in a post that asks something, is asked about, not reported ("what happens if my
   * flight is cancelled?"). Exceptions name what supposes nothing ("even if", "if you could").
   */
  | 'supposition'
  | 'legal'
  | 'safety'
  | 'abuse'
  | 'human'
  /** A death the customer tells of: "my husband passed away", "mio padre è morto" (not "my phone died"). */
  | 'bereavement'
  | 'thanks'
  | 'greeting'
  | 'urgent'
  /** Words of positive sentiment beyond thanks. */
  | 'positive'
  /** Words of negative sentiment beyond complaints and faults. */
  | 'negative'
  /**
   * Anger in words ("disgraceful", "è una vergogna", "j'en ai marre"): the handoff summary calls the
   * customer angry. Read for the summary's mood only; the word models leave it out.
   */
  | 'outrage'
  /**
   * When a failure began or how long it has lasted ("since yesterday", "da tre giorni", "seit
   * Montag"): the fault draft does not ask "since when". Read for the draft only, not by the models.
   */
  | 'sinceWhen'
  /**
   * What the customer's own booking, bill or loyalty account holds ("file a claim", "my FF number",
   * "my points never posted", "a copy of my invoices"): an account matter, for a DM. Read for the
   * trait only, not by the models.
   */
  | 'accountItem'
  /**
   * A suspicious message reported with no harm done ("didn't click anything", "nichts angeklickt",
   * "je vous le signale juste"): the report is no fraud in progress, unless a "but" follows. Read
   * for the trait only, not by the models.
   */
  | 'noHarmDone'
  /**
   * Loyalty named ("loyal customer", "cliente fedele", "votre fidélité"): in an unhappy post it is
   * what the customer puts on the table, a churn risk; the loyalty programme's own name is not.
   * Read for the trait only, not by the models.
   */
  | 'loyalty'
  /** Promotional bait ("free", "giveaway"): spam only with a link or many tags. */
  | 'spamBait'
  /** Schemes no customer writes ("buy followers", "airdrop"): spam on their own. */
  | 'spamScheme';

export interface PhraseList {
  match: readonly string[];
  /**
   * Phrases that count like `match` for the rules (traits, priority, drafts) but that the word
   * models do not read. The models learn what a category means from their examples as the
   * lexicon reads them, so a phrase added to `match` can move their verdict on posts it never
   * matches; one added here adds what it says and nothing else (failure-word-features.ts).
   */
  notForModels?: readonly string[];
  /** Phrases that cancel an overlapping match ("fire stick" is not a fire). */
  except?: readonly string[];
  /**
   * Phrases that count although an exception overlaps them: "regret switching to you" is leaving,
   * while "switching to you" alone, an exception to "switching to", is joining.
   */
  despite?: readonly string[];
}

export interface Lexicon {
  /** Frequent words typical of the language: they vote for it when a text is too short for n-grams. */
  functionWords: readonly string[];
  /**
   * Care words only this language writes ("refund", "bolletta"): they vote for it on texts too
   * short for n-grams, as function words do, but they carry a topic, so a post of them is not vague.
   */
  markerWords?: readonly string[];
  /** Words with no topic of their own ("help", "problema", "va"): a message of only these is vague. */
  fillerWords: readonly string[];
  /** Words that negate what follows them in the same clause ("non", "not", "nessun"). */
  negators: readonly string[];
  /** Two-word phrases in which a negator negates nothing ("come mai" is "why"). */
  negatorIdioms?: readonly string[];
  phrases: Partial<Record<LexiconCategory, PhraseList>>;
  /**
   * What a post is about, read only to write the agent's draft for a fault or a complaint: an
   * order (the order number is what helps), a journey (the booking reference), a home visit or
   * appointment by a technician (the contract number and a time for a new one), or a service such
   * as an app or the signal, which vetoes them ("no wifi on the train" is about the wifi). A visit
   * phrase may name the service the visit was for ("tecnico .. attivazione .. fibra"): that
   * service is not the one failing. Baggage is a journey's, and outweighs the words of an order
   * ("my lost bag lands at 6, will it be delivered tonight?").
   */
  subjects: Readonly<Record<SubjectWords, PhraseList>>;
  /**
   * Single words by the part they play in telling of a failure, for the failing-now model: a
   * thing that can fail ("app", "volo"), a failing state ("down", "in ritardo"), working
   * ("load", "funziona", after a negator), a duration or "still" ("hours", "da ore") and waiting.
   * They let it weigh "thing + failing in one clause" whatever the thing, where its own
   * examples name only some. Negators count as the fifth part. The things also tell a request
   * that ends in thanks ("refund for my order, thanks") from a thank-you (judge-tone).
   */
  failureWords: Readonly<Record<FailureWordClass, readonly string[]>>;
}

export type SubjectWords = 'order' | 'trip' | 'baggage' | 'visit' | 'service';

export type FailureWordClass = 'thing' | 'failing' | 'working' | 'duration' | 'waiting';

/**
 * Amounts customers quote ("the 5 euro fee", "5 euro di commissione"), as one step of a phrase: the
 * phrases match words, and a number is a word only as written.
 */
export const QUOTED_AMOUNTS = '1|2|3|4|5|6|7|8|9|10|12|15|20|25|30|35|40|50|60|75|80|90|100';

/** Every phrase a lexicon is written with: each list's matches and exceptions, subjects included. */
export function phrasesOf(lexicon: Lexicon): string[] {
  const lists = [...Object.values(lexicon.phrases), ...Object.values(lexicon.subjects)];
  return lists.flatMap((list) => (list === undefined ? [] : [...matchesOf(list), ...(list.except ?? []), ...(list.despite ?? [])]));
}

/** The phrases that match for a list: those the models read and those they do not. */
export function matchesOf(list: PhraseList): readonly string[] {
  return list.notForModels === undefined ? list.match : [...list.match, ...list.notForModels];
}
