// The gap report's and the team view's URLs. Both read the insight store (the live store in the
// service; the sandbox, with a replay file replayed into it, in `pronto studio`) over the last
// N days; `?days=` changes N.
import type { Request, Router } from 'express';
import { groupGaps } from '../../insights/group-gaps.ts';
import { daysUpTo, summarizeTeam } from '../../insights/summarize-team.ts';
import type { StudioDeps } from '../create-studio.ts';
import { renderGapsPage, renderTeamPage, type InsightPeriod } from '../pages/insight-pages.ts';
import type { StudioPages } from '../studio-pages.ts';

/** Gaps are kept 30 days (GAP_TTL_MS): longer periods would show nothing more. */
const GAP_PERIODS = [1, 7, 30] as const;
const TEAM_PERIODS = [7, 30, 90] as const;
const DEFAULT_DAYS = 30;
/**
 * Groups the report lists. Editors work from the top; past the first few hundred, groups are
 * single questions, and a page of tens of thousands helps no one (the totals still count all).
 */
const GROUPS_SHOWN = 200;

export function registerInsightRoutes(_router: Router, pages: StudioPages, deps: StudioDeps): void {
  const { insights } = deps;

  pages.page(
    '/gaps',
    async (request) => {
      const period = periodOf(request, GAP_PERIODS, deps);
      const [gaps, counters] = await Promise.all([insights.store.loadGaps(period.days), insights.store.loadDailyCounters(period.days)]);
      const messages = summarizeTeam(period.days, counters);
      const posts = ['answered', 'handed-off', 'other'] as const;
      const grouped = groupGaps(gaps, { limit: GROUPS_SHOWN });
      return {
        period,
        messages: posts.reduce((sum, outcome) => sum + messages.outcomes[outcome].reduce((a, b) => a + b, 0), 0),
        gaps: gaps.length,
        groupsTotal: grouped.total,
        groups: grouped.groups,
      };
    },
    (data, request) => ({
      title: 'Gap report',
      section: 'gaps',
      body: renderGapsPage(request.baseUrl, data.period, { messages: data.messages, gaps: data.gaps, groupsTotal: data.groupsTotal }, data.groups),
    }),
  );

  pages.page(
    '/team',
    async (request) => {
      const period = periodOf(request, TEAM_PERIODS, deps);
      return { period, summary: summarizeTeam(period.days, await insights.store.loadDailyCounters(period.days)) };
    },
    (data, request) => ({ title: 'Team', section: 'team', body: renderTeamPage(request.baseUrl, data.period, data.summary) }),
  );
}

function periodOf(request: Request, choices: readonly number[], deps: StudioDeps): InsightPeriod {
  const asked = Number(request.query.days);
  const count = choices.includes(asked) ? asked : Math.min(DEFAULT_DAYS, choices.at(-1) ?? DEFAULT_DAYS);
  return { source: deps.insights.label, days: daysUpTo(deps.insights.lastDay(), count), choices, malformed: deps.insights.malformed() };
}
