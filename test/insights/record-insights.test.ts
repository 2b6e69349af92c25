import { describe, expect, it } from 'vitest';
import { createInsightRecorder } from '../../src/insights/record-insights.ts';
import type { InsightStore } from '../../src/insights/insight-store.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { aMessage, aTicket } from '../support/builders.ts';
import { createRecordingLog } from '../support/recording-log.ts';

describe('createInsightRecorder', () => {
  it("counts agents' response times by channel and priority, drafts and misses on the day they happen", async () => {
    const store = createMemoryStore();
    const recorder = createInsightRecorder(store, createRecordingLog().log, () => new Date('2026-11-20T12:00:00Z'));
    await recorder.humanResponded(aTicket({ priority: 'high' }), 600);
    await recorder.draftSent(false);
    await recorder.draftSent(true);
    await recorder.deadlineMissed(aTicket({ priority: 'urgent' }));
    expect(await store.loadDailyCounters(['2026-11-20'])).toEqual({
      '2026-11-20': {
        'human-response:twitter:high:le1024': 1,
        'drafts:as-is': 1,
        'drafts:edited': 1,
        'deadline-missed:twitter:urgent': 1,
      },
    });
  });

  it('counts Messenger apart from Facebook comments, and Teams/Web Chat as its own channel', async () => {
    const store = createMemoryStore();
    const recorder = createInsightRecorder(store, createRecordingLog().log, () => new Date('2026-11-20T12:00:00Z'));
    await recorder.humanResponded(aTicket({ channel: 'facebook', kind: 'dm', priority: 'high' }), 600);
    await recorder.humanResponded(aTicket({ channel: 'facebook', kind: 'mention', priority: 'high' }), 600);
    await recorder.deadlineMissed(aTicket({ channel: 'botframework', kind: 'dm', priority: 'normal' }));
    await recorder.botResponded(aMessage({ channel: 'facebook', kind: 'dm', at: '2026-11-20T11:00:00Z' }), 3);
    expect(await store.loadDailyCounters(['2026-11-20'])).toEqual({
      '2026-11-20': {
        'human-response:messenger:high:le1024': 1,
        'human-response:facebook:high:le1024': 1,
        'deadline-missed:botframework:normal': 1,
        'bot-response:messenger:le4': 1,
      },
    });
  });

  it('logs and goes on when the store fails', async () => {
    const broken: InsightStore = {
      recordGap: () => Promise.reject(new Error('down')),
      loadGaps: () => Promise.reject(new Error('down')),
      addDailyCounters: () => Promise.reject(new Error('down')),
      loadDailyCounters: () => Promise.reject(new Error('down')),
    };
    const { log, lines } = createRecordingLog();
    await expect(createInsightRecorder(broken, log).draftSent(true)).resolves.toBeUndefined();
    expect(lines.map((line) => line.msg)).toEqual(['insights.record_failed']);
  });
});
