// The desk's URLs: the queue, a handoff, and its buttons. Each button asks the desk
// (src/desk/create-desk.ts) exactly what the Slack button asks; a success redirects to the
// handoff saying what happened, a refusal is shown on the handoff with why.
import type { Request, Response, Router } from 'express';
import type { DeskOutcome } from '../../desk/create-desk.ts';
import type { HandoffTicket } from '../../desk/handoff-ticket.ts';
import { sortQueue } from '../../desk/sort-queue.ts';
import { validateAgentReply, draftPlaceOf, replyLimitOf } from '../../desk/validate-agent-reply.ts';
import type { StudioDeps } from '../create-studio.ts';
import { renderDeskPage, renderTicketPage, type TicketPageOptions } from '../pages/desk-pages.ts';
import { STUDIO_AGENT } from '../sandbox/create-sandbox.ts';
import { notFound, type StudioPages } from '../studio-pages.ts';

type Operation = 'send-draft' | 'edit' | 'take-over' | 'hand-back' | 'resolve';

/** What each button did, told on the handoff it redirects to. */
const DONE: Readonly<Record<Operation | 'not-sent', (ticket: HandoffTicket) => string>> = {
  'send-draft': sentText,
  edit: sentText,
  'take-over': () => "You have the conversation: the bot stays quiet in it, and the customer's new messages appear here.",
  'hand-back': () => 'Handed back: the bot answers this conversation again.',
  resolve: () => 'Resolved: the bot answers this conversation again.',
  'not-sent': () => 'Not sent: the activity says why. Nothing changed.',
};

function sentText(ticket: HandoffTicket): string {
  return ticket.state === 'resolved'
    ? 'Sent to the customer. The handoff is resolved and the bot has the conversation again.'
    : 'Sent to the customer. You still have the conversation.';
}

export function registerDeskRoutes(router: Router, pages: StudioPages, deps: StudioDeps): void {
  const { sandbox, config } = deps;
  const now = deps.now ?? (() => new Date());

  async function ticketView(request: Request, ticket: HandoffTicket, extra: Pick<TicketPageOptions, 'outcome' | 'edit'> = {}) {
    const [channel, conversation] = [ticket.channel, ticket.conversationKey.slice(ticket.channel.length + 1)];
    const fromPlayground = sandbox.playground.get(conversation)?.customer.channel === channel;
    return {
      title: `Handoff: ${ticket.customer.name ?? ticket.customer.handle ?? ticket.customer.id}`,
      section: 'desk' as const,
      json: `${request.baseUrl}/desk/${encodeURIComponent(ticket.id)}.json`,
      body: renderTicketPage(ticket, {
        base: request.baseUrl,
        now: now(),
        timeZone: config.deskTimeZone,
        activity: sandbox.deskView.activityOf(ticket.id),
        ...(fromPlayground ? { conversationHref: `${request.baseUrl}/playground/${conversation}` } : {}),
        ...extra,
      }),
    };
  }

  pages.page(
    '/desk',
    async () => sortQueue(await sandbox.desk.tickets.listOpen()),
    (queue, request) => ({ title: 'Desk', section: 'desk', body: renderDeskPage(request.baseUrl, queue, now(), config.deskTimeZone) }),
  );

  router.get('/desk/:id.json', async (request, response) => {
    const ticket = await sandbox.desk.tickets.load(String(request.params.id));
    if (ticket === undefined) response.status(404).json({ error: 'not found' });
    else response.json({ ticket, activity: sandbox.deskView.activityOf(ticket.id) });
  });

  router.get('/desk/:id', async (request, response) => {
    const ticket = await sandbox.desk.tickets.load(String(request.params.id));
    if (ticket === undefined) {
      pages.send(request, response, notFound('This handoff'), 404);
      return;
    }
    const done = DONE[String(request.query.outcome) as Operation];
    pages.send(request, response, await ticketView(request, ticket, done ? { outcome: { tone: request.query.outcome === 'not-sent' ? 'bad' : 'ok', text: done(ticket) } } : {}));
  });
  router.post('/desk/:id/:operation', async (request, response) => {
    const id = String(request.params.id);
    const operation = String(request.params.operation) as Operation;
    if (!(operation in DONE)) {
      pages.send(request, response, notFound('This button'), 404);
      return;
    }
    if (operation === 'edit') {
      await edit(request, response, id);
      return;
    }
    const desk = sandbox.desk;
    const run = {
      'send-draft': () => desk.sendReply(id, STUDIO_AGENT),
      'take-over': () => desk.takeOver(id, STUDIO_AGENT),
      'hand-back': () => desk.handBack(id, STUDIO_AGENT),
      resolve: () => desk.resolve(id, STUDIO_AGENT),
    }[operation];
    await answer(request, response, id, operation, await run());
  });

  async function edit(request: Request, response: Response, id: string): Promise<void> {
    const ticket = await sandbox.desk.tickets.load(id);
    if (ticket === undefined) {
      pages.send(request, response, notFound('This handoff'), 404);
      return;
    }
    const text = typeof request.body?.text === 'string' ? (request.body.text as string) : '';
    const checked = validateAgentReply(text, { ...replyLimitOf(draftPlaceOf(ticket)), draft: ticket.draft });
    if (!checked.ok) {
      pages.send(request, response, await ticketView(request, ticket, { edit: { text, error: checked.error } }), 422);
      return;
    }
    await answer(request, response, id, 'edit', await sandbox.desk.sendReply(id, STUDIO_AGENT, checked.text));
  }

  async function answer(request: Request, response: Response, id: string, operation: Operation, outcome: DeskOutcome): Promise<void> {
    if (outcome.status === 'missing') {
      pages.send(request, response, notFound('This handoff'), 404);
      return;
    }
    if (outcome.status === 'refused') {
      pages.send(request, response, await ticketView(request, outcome.ticket, { outcome: { tone: 'bad', text: outcome.reason } }), 409);
      return;
    }
    const code = outcome.status === 'not-sent' ? 'not-sent' : operation;
    response.redirect(303, `${request.baseUrl}/desk/${encodeURIComponent(id)}?outcome=${code}#outcome`);
  }
}
