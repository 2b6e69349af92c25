// The Grafana dashboard and the Prometheus alert rules in examples/ query only metrics the
// service exports (src/service/metrics.ts), so a renamed metric breaks this test, not a team's
// dashboards and alerts in silence.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createMetrics } from '../../src/service/metrics.ts';
import { ROOT } from '../support/run-pronto.ts';

/** Names a query may use: each metric, and a histogram's _bucket, _sum and _count series. */
async function exportedSeries(): Promise<Set<string>> {
  const metrics = await createMetrics().registry.getMetricsAsJSON();
  return new Set(metrics.flatMap(({ name, type }) => (String(type) === 'histogram' ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name])));
}

/** Metrics the service labels by channel (X, Facebook, Teams/Web Chat…): a sum over channels hides which one is slow. */
function perChannelMetrics(): Set<string> {
  // prom-client keeps each metric's label names on the metric itself (not in its JSON).
  const metrics = createMetrics().registry.getMetricsAsArray() as unknown as { name: string; labelNames: readonly string[] }[];
  return new Set(metrics.filter((metric) => metric.labelNames.includes('channel')).flatMap(({ name }) => [name, `${name}_bucket`]));
}

function metricsIn(expr: string): string[] {
  return [...expr.matchAll(/\bpronto_[a-z0-9_]+/g)].map((match) => match[0]);
}

describe('examples/grafana-dashboard.json', () => {
  it('queries only metrics the service exports, in panels that fit the grid', async () => {
    const dashboard = JSON.parse(await readFile(path.join(ROOT, 'examples/grafana-dashboard.json'), 'utf8')) as {
      uid: string;
      panels: { type: string; title: string; gridPos: { w: number; x: number }; targets?: { expr: string }[] }[];
    };
    const exported = await exportedSeries();
    const queried = dashboard.panels.flatMap((panel) => (panel.targets ?? []).flatMap((target) => metricsIn(target.expr)));
    expect(queried.length).toBeGreaterThan(15);
    expect(queried.filter((name) => !exported.has(name))).toEqual([]);
    for (const panel of dashboard.panels) expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
    expect(dashboard.uid).toBe('pronto-overview');
  });

  it('shows every metric the service exports, each per-channel one by channel', async () => {
    const dashboard = JSON.parse(await readFile(path.join(ROOT, 'examples/grafana-dashboard.json'), 'utf8')) as { panels: { targets?: { expr: string }[] }[] };
    const exprs = dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr));
    const queried = new Set(exprs.flatMap(metricsIn).map((name) => name.replace(/_(bucket|sum|count)$/, '')));
    const exported = (await createMetrics().registry.getMetricsAsJSON()).map(({ name }) => name).filter((name) => name.startsWith('pronto_') && !name.startsWith('pronto_process_'));
    expect(exported.filter((name) => !queried.has(name))).toEqual([]);
    const perChannel = perChannelMetrics();
    const notByChannel = exprs.filter((expr) => metricsIn(expr).some((name) => perChannel.has(name)) && !/by \([^)]*\bchannel\b/.test(expr));
    expect(notByChannel).toEqual([]);
  });
});

describe('examples/prometheus-alerts.yml', () => {
  it('names only exported metrics, and gives every alert a severity and a summary', async () => {
    const rules = parse(await readFile(path.join(ROOT, 'examples/prometheus-alerts.yml'), 'utf8')) as {
      groups: { name: string; rules: { alert: string; expr: string; labels: { severity: string }; annotations: { summary: string } }[] }[];
    };
    const exported = await exportedSeries();
    const alerts = rules.groups.flatMap((group) => group.rules);
    expect(alerts.length).toBeGreaterThan(5);
    for (const alert of alerts) {
      expect(metricsIn(alert.expr).filter((name) => !exported.has(name)), alert.alert).toEqual([]);
      expect(['critical', 'warning', 'info']).toContain(alert.labels.severity);
      expect(alert.annotations.summary.length).toBeGreaterThan(10);
    }
  });
});
