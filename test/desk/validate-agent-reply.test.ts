import { describe, expect, it } from 'vitest';
import { replyLimitOf, validateAgentReply } from '../../src/desk/validate-agent-reply.ts';

describe('validateAgentReply', () => {
  const onX = replyLimitOf({ channel: 'twitter', kind: 'mention' });

  it.each([
    ['', 'Write a reply before sending'],
    ['   \n ', 'Write a reply before sending'],
    ['a'.repeat(312), 'The reply has 312 characters; X allows 280'],
    ['😀'.repeat(141), 'The reply has 282 characters; X allows 280'],
  ])('refuses %j with a reason when it cannot be posted on X', (text, error) => {
    expect(validateAgentReply(text, onX)).toEqual({ ok: false, error });
  });

  it('accepts a reply whose long link X counts as 23 when it fits', () => {
    const text = `${'a'.repeat(250)} https://example.com/${'b'.repeat(100)}`;
    expect(validateAgentReply(text, onX)).toEqual({ ok: true, text });
  });

  it('trims the reply when it is valid', () => {
    expect(validateAgentReply('  Ciao!  ', onX)).toEqual({ ok: true, text: 'Ciao!' });
  });

  it('sends the real draft when the masked draft comes back unchanged', () => {
    const draft = 'Ti scriviamo a mario.rossi@example.it';
    expect(validateAgentReply(' Ti scriviamo a m***@example.it ', { ...onX, draft })).toEqual({ ok: true, text: draft });
  });

  it('refuses an edited reply that still holds masked data from the draft', () => {
    const draft = 'Ti scriviamo a mario.rossi@example.it';
    expect(validateAgentReply('Ciao! Ti scriviamo a m***@example.it', { ...onX, draft })).toEqual({
      ok: false,
      error: 'The reply still has masked data (m***@example.it): write it out or remove it',
    });
  });

  it('counts plain characters against the DM limit when the conversation is private', () => {
    const inDm = replyLimitOf({ channel: 'twitter', kind: 'dm' });
    expect(validateAgentReply('a'.repeat(10_000), inDm).ok).toBe(true);
    expect(validateAgentReply('a'.repeat(10_001), inDm)).toEqual({ ok: false, error: 'The reply has 10001 characters; the limit is 10000' });
  });

  it('holds a Messenger reply to 2,000 characters and a Facebook comment to 8,000', () => {
    const messenger = replyLimitOf({ channel: 'facebook', kind: 'dm' });
    expect(validateAgentReply('a'.repeat(2_001), messenger)).toEqual({ ok: false, error: 'The reply has 2001 characters; the limit is 2000' });
    const comment = replyLimitOf({ channel: 'facebook', kind: 'mention' });
    expect(validateAgentReply('a'.repeat(8_000), comment).ok).toBe(true);
    expect(validateAgentReply('a'.repeat(8_001), comment).ok).toBe(false);
  });
});
