// The playground's URLs: the new-conversation form and the list, a conversation, and posting
// as the customer (each post redirects to the conversation, at the post, so a reload never
// posts twice).
import type { Request, Router } from 'express';
import type { StudioDeps } from '../create-studio.ts';
import { renderConversationPage, renderPlaygroundPage, type PostForm } from '../pages/playground-pages.ts';
import { PLAYGROUND_CHANNELS, type PlaygroundChannel } from '../sandbox/playground-log.ts';
import type { StudioPages } from '../studio-pages.ts';

/** X's longest DM: nothing a customer can send is longer. */
const MAX_POST_CHARS = 10_000;
const HINTS = ['', 'it', 'en', 'es', 'fr', 'de'];

const DEFAULT_FORM: PostForm = {
  text: '',
  kind: 'mention',
  lang: '',
  channel: 'twitter',
  name: 'Giulia Bianchi',
  handle: 'giulia_b',
  followers: 180,
  verified: false,
};

export function registerPlaygroundRoutes(router: Router, pages: StudioPages, deps: StudioDeps): void {
  const { sandbox, pronto } = deps;

  pages.page(
    '/playground',
    (request) => ({ form: { ...DEFAULT_FORM, text: queryText(request) }, conversations: sandbox.playground.list() }),
    (data, request) => ({
      title: 'Playground',
      section: 'playground',
      body: renderPlaygroundPage(request.baseUrl, data.conversations, data.form),
    }),
  );

  pages.page(
    '/playground/:id',
    (request) => sandbox.playground.get(String(request.params.id)),
    (conversation, request) => ({
      title: `Playground: ${conversation.customer.name || conversation.customer.handle}`,
      section: 'playground',
      body: renderConversationPage(request.baseUrl, conversation, pronto.knowledge(), { text: '', kind: lastKindOf(conversation.events), lang: '' }),
    }),
  );

  router.post('/playground', async (request, response) => {
    const form = readForm(request);
    const error = checkNewConversation(form);
    if (error !== undefined) {
      pages.send(request, response, { title: 'Playground', section: 'playground', body: renderPlaygroundPage(request.baseUrl, sandbox.playground.list(), form, error) }, 422);
      return;
    }
    const posted = await sandbox.post({
      customer: { channel: form.channel as PlaygroundChannel, name: form.name, handle: form.handle.replace(/^@/, ''), followers: form.followers, verified: form.verified },
      kind: form.kind,
      text: form.text,
      ...(form.lang ? { lang: form.lang } : {}),
    });
    response.redirect(303, `${request.baseUrl}/playground/${posted.conversationId}#${posted.eventId}`);
  });

  router.post('/playground/:id', async (request, response) => {
    const conversation = sandbox.playground.get(String(request.params.id));
    if (conversation === undefined) {
      response.redirect(303, `${request.baseUrl}/playground`);
      return;
    }
    // Who writes and where were chosen when the conversation started; this form has only the post.
    const form = readForm(request);
    const error = checkPost(form);
    if (error !== undefined) {
      const body = renderConversationPage(request.baseUrl, conversation, pronto.knowledge(), form, error);
      pages.send(request, response, { title: 'Playground', section: 'playground', body }, 422);
      return;
    }
    const posted = await sandbox.post({ conversationId: conversation.id, kind: form.kind, text: form.text, ...(form.lang ? { lang: form.lang } : {}) });
    response.redirect(303, `${request.baseUrl}/playground/${posted.conversationId}#${posted.eventId}`);
  });
}

function queryText(request: Request): string {
  const text = request.query.text;
  return typeof text === 'string' ? text.slice(0, MAX_POST_CHARS) : '';
}

function field(request: Request, name: string): string {
  const value = (request.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

function readForm(request: Request): PostForm {
  const followers = Number.parseInt(field(request, 'followers'), 10);
  return {
    text: field(request, 'text'),
    kind: field(request, 'kind') === 'dm' ? 'dm' : 'mention',
    lang: field(request, 'lang'),
    channel: field(request, 'channel') || DEFAULT_FORM.channel,
    name: field(request, 'name').trim().slice(0, 50),
    handle: field(request, 'handle').trim().slice(0, 50),
    followers: Number.isFinite(followers) && followers >= 0 ? followers : 0,
    verified: field(request, 'verified') === 'true',
  };
}

/** What is wrong with a post, in a sentence for the person who wrote it. */
function checkPost(form: Pick<PostForm, 'text' | 'lang'>): string | undefined {
  if (form.text.trim() === '') return 'Write what the customer says before posting.';
  if ([...form.text].length > MAX_POST_CHARS) return `That is longer than any channel allows (${MAX_POST_CHARS} characters).`;
  if (!HINTS.includes(form.lang)) return 'Choose a language hint from the list, or let the bot detect it.';
  return undefined;
}

/** What is wrong with a new conversation's form: its post, and who writes where. */
function checkNewConversation(form: PostForm): string | undefined {
  const post = checkPost(form);
  if (post !== undefined) return post;
  if (!(PLAYGROUND_CHANNELS as readonly string[]).includes(form.channel)) return 'Choose X, Facebook or Teams/Web Chat as the channel.';
  if (form.handle === '' && form.name === '') return 'Give the customer a name or a handle.';
  return undefined;
}

function lastKindOf(events: readonly { type: string; kind?: string }[]): 'mention' | 'dm' {
  const last = [...events].reverse().find((event) => event.type === 'customer');
  return last?.kind === 'dm' ? 'dm' : 'mention';
}
