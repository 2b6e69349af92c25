import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../src/core/triage/clean-question.ts';

describe('cleanQuestion', () => {
  it.each([
    ['@LumoAiuta come faccio a ricaricare?', 'come faccio a ricaricare?'],
    ['@lumoaiuta come faccio a ricaricare?', 'come faccio a ricaricare?'],
    ['ciao @LUMOAIUTA, come faccio a ricaricare?', 'ciao, come faccio a ricaricare?'],
    ['LumoAiuta come faccio a ricaricare?', 'come faccio a ricaricare?'],
    ['@mrossi @LumoAiuta @janedoe anche a me non va', 'anche a me non va'],
    ['.@LumoAiuta la fibra non va', 'la fibra non va'],
    ['la fibra non va https://t.co/abc123 da ieri', 'la fibra non va da ieri'],
    ['see www.example.com/status and   tell me\n\nwhy', 'see and tell me why'],
    ['is this a problem for @janedoe too?', 'is this a problem for @janedoe too?'],
    ['I love @LumoAiutaFans posts', 'I love @LumoAiutaFans posts'],
    ['#fibra non va', '#fibra non va'],
    ['', ''],
    ['Need more info on that! @LumoAiuta: We have great kits. PJs not included.”', 'Need more info on that!'],
    ['Need more info on that! “@LumoAiuta: We have great kits.” Where?', 'Need more info on that! Where?'],
    ['so? RT @LumoAiuta: we are happy to help, thanks for waiting', 'so?'],
    ['hey @LumoAiuta: my bag is lost', 'hey: my bag is lost'],
    ['I said "no" and "yes"', 'I said "no" and "yes"'],
  ])('turns "%s" into "%s"', (text, expected) => {
    expect(cleanQuestion(text, ['LumoAiuta'])).toBe(expected);
  });

  it('strips every brand handle, written with or without @', () => {
    expect(cleanQuestion('@LumoAiuta @LumoOfficial ciao', ['LumoAiuta', '@LumoOfficial'])).toBe('ciao');
  });
});
