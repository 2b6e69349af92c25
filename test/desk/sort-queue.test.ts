import { describe, expect, it } from 'vitest';
import { sortQueue } from '../../src/desk/sort-queue.ts';
import { aTicket } from '../support/builders.ts';

describe('sortQueue', () => {
  it('puts urgent first, then the longest waiting, and leaves resolved ones out', () => {
    const tickets = [
      aTicket({ id: 'normal-late', openedAt: '2026-01-12T10:20:00.000Z' }),
      aTicket({ id: 'low', priority: 'low', openedAt: '2026-01-12T09:00:00.000Z' }),
      aTicket({ id: 'urgent', priority: 'urgent', openedAt: '2026-01-12T10:25:00.000Z' }),
      aTicket({ id: 'normal-early', openedAt: '2026-01-12T10:00:00.000Z' }),
      aTicket({ id: 'done', priority: 'urgent', state: 'resolved' }),
    ];
    expect(sortQueue(tickets).map((ticket) => ticket.id)).toEqual(['urgent', 'normal-early', 'normal-late', 'low']);
  });
});
