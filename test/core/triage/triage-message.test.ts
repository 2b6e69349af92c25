import { describe, expect, it } from 'vitest';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const settings = someSettings();
/** Triage of a public post to the brand. */
const postTo = (text: string) => triageMessage(aMessage({ text: `@LumoAiuta ${text}` }), settings);

describe('triageMessage', () => {
  it('fills every field for a typical tweet', () => {
    const triage = triageMessage(aMessage({ text: '@LumoAiuta ciao, la fibra non va da ieri https://t.co/x1' }), settings);
    expect(triage).toEqual({
      lang: 'it',
      langSource: 'detected',
      personalData: [],
      traits: ['faulty', 'greeting'],
      sentiment: 'negative',
      urgency: 'high',
      influencer: false,
      failingNow: true,
      toldSince: true,
      question: 'ciao, la fibra non va da ieri',
    });
  });

  it.each(['the app', '5 hours.', 'ciao, fibra'])('reads "%s" as a lone topic word', (text) => {
    expect(postTo(text).loneTopicWord).toBe(true);
  });

  it.each(['roaming?', 'wifi again 🙄', 'love it', 'refund', 'the app keeps crashing', 'you could have just said we do not know', 'ciao'])(
    'does not read "%s" as a lone topic word',
    (text) => {
      expect(postTo(text).loneTopicWord).toBeUndefined();
    },
  );

  it.each([
    'la fibra non funziona da tre giorni, è una vergogna!',
    'fed up with this app crashing every morning',
    'MY PARCEL STILL HAS NOT ARRIVED',
    'my flight got cancelled again!!!',
    'the app logged me out again 😡',
    "j'en ai marre, toujours pas de connexion",
    'esto es una vergüenza, sin luz desde ayer',
    'eine Frechheit, seit Tagen kein Internet',
  ])('reads "%s" as angry: anger in words, or a problem said with heat', (text) => {
    expect(postTo(text).angry).toBe(true);
  });

  it.each([
    // A fault is urgent however calmly it is told; calm is not angry.
    'After upgrading to iOS 11 the song list is no longer displayed',
    'la fibra non va da ieri',
    'my flight 898 was cancelled, is there another one tonight?',
    "I'm not angry, just disappointed",
    'il segnale è peggiorato da ieri',
    'worst case I can come back tomorrow, no rush',
    'great crew, thanks!!!',
  ])('does not read "%s" as angry', (text) => {
    expect(postTo(text).angry).toBeUndefined();
  });

  it.each([
    'my internet has been down since yesterday',
    'the app keeps crashing, 3 days now',
    'la fibra non va da tre giorni',
    'come mai da qualche giorno è diminuita la pressione?',
    'sin internet desde el lunes',
    'plus de connexion depuis hier soir',
    'seit gestern kein Netz',
    // How long, told in the ways customers say it (2026-12-02, sixth session).
    "it's been 8 months with this error",
    'sono tre giorni che non funziona',
    'tengo más de ocho meses con el error de no poder descargar juegos',
    'ça fait trois jours que ça ne marche pas',
  ])('reads "%s" as telling since when it fails', (text) => {
    expect(postTo(text).toldSince).toBe(true);
  });

  it.each(['my internet is down', 'no puedo pagar desde la app', "je ne peux pas payer depuis l'appli", 'il contatore è guasto'])(
    'does not read "%s" as telling since when it fails',
    (text) => {
      expect(postTo(text).toldSince).toBeUndefined();
    },
  );

  it.each(['she made it standby after her flight was canceled. Conf# FVF9YW', 'order 88213 never arrived'])(
    'reads "%s" as giving the reference',
    (text) => {
      expect(postTo(text).toldReference).toBe(true);
    },
  );

  it('reads "my flight was canceled" as giving none', () => {
    expect(postTo('my flight was canceled').toldReference).toBeUndefined();
  });

  it('reads the praise of a post the customer cites by hand as not theirs', () => {
    const text = 'Need more info on that! “@LumoAiuta: We have great amenity kits, thanks for flying with us.”';
    const triage = triageMessage(aMessage({ text }), settings);
    expect(triage.traits).not.toContain('thanks');
    expect(triage.sentiment).not.toBe('positive');
  });

  it('reads a fault told by its circumstances as failing now, where no lexicon phrase names one', () => {
    const triage = triageMessage(aMessage({ text: '@LumoAiuta third time today the app throws me out in the middle of a payment' }), settings);
    expect(triage.traits).not.toContain('faulty');
    expect(triage.failingNow).toBe(true);
    expect(triageMessage(aMessage({ text: '@LumoAiuta the flight attendant last week was rude' }), settings).failingNow).toBe(false);
  });

  it('reports personal data posted in the text', () => {
    const triage = triageMessage(aMessage({ text: '@LumoAiuta scrivetemi a mario.rossi@example.com per il rimborso' }), settings);
    expect(triage.personalData.map((finding) => finding.type)).toContain('email');
    expect(triage.traits).toContain('account');
  });

  it('handles an empty message', () => {
    const triage = triageMessage(aMessage({ text: '' }), settings);
    expect(triage).toMatchObject({ lang: 'it', langSource: 'default', traits: ['vague'], sentiment: 'neutral', question: '' });
  });

  it('handles an emoji-only message', () => {
    const triage = triageMessage(aMessage({ text: '@LumoAiuta 🙄🙄🙄' }), settings);
    expect(triage).toMatchObject({ langSource: 'default', traits: ['vague'], sentiment: 'negative' });
  });

  it('handles a message that is only the brand handle', () => {
    const triage = triageMessage(aMessage({ text: '@LumoAiuta' }), settings);
    expect(triage).toMatchObject({ traits: ['vague'], question: '' });
  });

  it('returns fast and does not throw on a 10,000-character message', () => {
    const text = `@LumoAiuta ${'la fibra non va da ieri e nessuno risponde, '.repeat(250)}`.slice(0, 10_000);
    const started = performance.now();
    const triage = triageMessage(aMessage({ text }), settings);
    // Generous bound for slow CI machines; it takes a few ms here.
    expect(performance.now() - started).toBeLessThan(250);
    expect(triage.traits).toContain('faulty');
  });

  it('uses the default language of the settings when nothing else decides', () => {
    expect(triageMessage(aMessage({ text: '👍' }), someSettings({ defaultLang: 'en' })).lang).toBe('en');
  });
});
