import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { ConfigError } from '../src/errors.ts';
import { DEFAULT_SETTINGS } from '../src/core/settings.ts';

describe('loadConfig', () => {
  it('runs on the defaults when the environment is empty', () => {
    const config = loadConfig({}, '/srv/pronto');
    expect(config.knowledgeDir).toBe('/srv/pronto/knowledge');
    expect(config.settings).toEqual(DEFAULT_SETTINGS);
    expect(config.logLevel).toBe('info');
  });

  it('reads lists, numbers and flags when they are set', () => {
    const config = loadConfig({
      PRONTO_BRAND_HANDLES: '@LumoAiuta, Lumo',
      PRONTO_BRAND_USER_IDS: '1000',
      PRONTO_X_DM_RECIPIENT_ID: '1000',
      PRONTO_ANSWER_THRESHOLD: '0.7',
      PRONTO_INFLUENCER_FOLLOWERS: '5000',
      PRONTO_INFLUENCER_VERIFIED: 'false',
      PRONTO_DEFAULT_LANG: 'en',
      PRONTO_LANGUAGES: 'en,it',
    });
    expect(config.settings).toEqual({
      brandHandles: ['LumoAiuta', 'Lumo'],
      brandUserIds: ['1000'],
      xDmRecipientId: '1000',
      answerThreshold: 0.7,
      influencerFollowers: 5000,
      influencerVerified: false,
      influencerVerifiedTypes: ['business', 'government'],
      defaultLang: 'en',
      languages: ['en', 'it'],
    });
  });

  it('names every wrong variable and what to set when several are wrong', () => {
    const load = () =>
      loadConfig({
        PRONTO_ANSWER_THRESHOLD: 'high',
        PRONTO_INFLUENCER_VERIFIED: 'maybe',
        PRONTO_DEFAULT_LANG: 'italian',
        PRONTO_X_DM_RECIPIENT_ID: '@LumoAiuta',
        LOG_LEVEL: 'loud',
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/PRONTO_ANSWER_THRESHOLD="high" is not a number from 0 to 1/);
    expect(load).toThrow(/PRONTO_INFLUENCER_VERIFIED="maybe" is not true or false/);
    expect(load).toThrow(/PRONTO_DEFAULT_LANG: "italian" is not a two-letter ISO 639-1 code/);
    expect(load).toThrow(/PRONTO_X_DM_RECIPIENT_ID must be the numeric X user id/);
    expect(load).toThrow(/LOG_LEVEL="loud" is not one of/);
  });
});

describe('loadConfig verification types', () => {
  it('counts only business and government badges when nothing is set', () => {
    expect(loadConfig({}).settings.influencerVerifiedTypes).toEqual(['business', 'government']);
  });

  it('reads the badge types that count when PRONTO_INFLUENCER_VERIFIED_TYPES is set', () => {
    expect(loadConfig({ PRONTO_INFLUENCER_VERIFIED_TYPES: 'Business, blue' }).settings.influencerVerifiedTypes).toEqual(['business', 'blue']);
  });

  it('names an unknown badge type and the ones X has', () => {
    expect(() => loadConfig({ PRONTO_INFLUENCER_VERIFIED_TYPES: 'gold' })).toThrow(
      /PRONTO_INFLUENCER_VERIFIED_TYPES: "gold" is not an X verification type; use business, government, blue/,
    );
  });
});

describe('loadConfig desk hours', () => {
  it('reads the opening hours in the desk time zone when DESK_HOURS is set', () => {
    const config = loadConfig({ DESK_HOURS: 'mon-fri 09:00-18:00', DESK_TIME_ZONE: 'Europe/Rome' });
    expect(config.deskTimeZone).toBe('Europe/Rome');
    expect(config.settings.deskHours?.timeZone).toBe('Europe/Rome');
    expect(config.settings.deskHours?.days.mon).toEqual([{ from: '09:00', to: '18:00' }]);
  });

  it('names the bad part of DESK_HOURS and a wrong time zone', () => {
    expect(() => loadConfig({ DESK_HOURS: 'mon-fry 09:00-18:00' })).toThrow(/DESK_HOURS: .*mon-fry/);
    expect(() => loadConfig({ DESK_TIME_ZONE: 'Mars/Olympus' })).toThrow(/DESK_TIME_ZONE="Mars\/Olympus" is not an IANA time zone/);
  });
});

describe('loadConfig LLM', () => {
  it('leaves the model off and the answer band unset when PRONTO_LLM_MODEL is not set', () => {
    const config = loadConfig({});
    expect(config.llm).toBeUndefined();
    expect(config.settings.groundedAnswerFloor).toBeUndefined();
  });

  it('reads the model, endpoint, key, timeout and embeddings when PRONTO_LLM_MODEL is set', () => {
    const config = loadConfig({
      PRONTO_LLM_MODEL: 'gpt-4o-mini',
      OPENAI_API_KEY: 'sk-test',
      PRONTO_LLM_TIMEOUT_MS: '2500',
      PRONTO_EMBEDDINGS_MODEL: 'text-embedding-3-small',
    });
    expect(config.llm).toEqual({
      model: 'gpt-4o-mini',
      baseUrl: 'https://api.openai.com/v1',
      apiKey: 'sk-test',
      timeoutMs: 2500,
      embeddingsModel: 'text-embedding-3-small',
      embeddingsMinSimilarity: 0.5,
    });
    expect(config.settings.groundedAnswerFloor).toBe(0.25);
  });

  it('runs without a key when a local server is the endpoint', () => {
    const config = loadConfig({ PRONTO_LLM_MODEL: 'llama3.1', OPENAI_BASE_URL: 'http://localhost:11434/v1/' });
    expect(config.llm).toMatchObject({ baseUrl: 'http://localhost:11434/v1', apiKey: 'unused' });
  });

  it('names what to set when the model is on without a key, or its settings are set without a model', () => {
    expect(() => loadConfig({ PRONTO_LLM_MODEL: 'gpt-4o-mini' })).toThrow(/PRONTO_LLM_MODEL is set but OPENAI_API_KEY is not/);
    expect(() => loadConfig({ PRONTO_EMBEDDINGS_MODEL: 'nomic-embed-text' })).toThrow(/PRONTO_EMBEDDINGS_MODEL is set but PRONTO_LLM_MODEL is not/);
  });

  it('names a wrong URL, timeout or floor when they are wrong', () => {
    const load = () =>
      loadConfig({
        PRONTO_LLM_MODEL: 'm',
        OPENAI_BASE_URL: 'localhost:11434',
        PRONTO_LLM_TIMEOUT_MS: 'soon',
        PRONTO_LLM_ANSWER_FLOOR: '0.9',
      });
    expect(load).toThrow(/OPENAI_BASE_URL="localhost:11434" is not an http\(s\) URL/);
    expect(load).toThrow(/PRONTO_LLM_TIMEOUT_MS="soon" is not a whole number from 100 to 120000/);
    expect(load).toThrow(/PRONTO_LLM_ANSWER_FLOOR=0.9 is above PRONTO_ANSWER_THRESHOLD=0.6/);
  });
});
