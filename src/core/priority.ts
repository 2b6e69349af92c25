// How soon a human must look at a handoff (PLAYBOOK, Priorities): legal threats, safety and
// security (a hijacked number, an account taken over, charges never made) at once, a faulty
// product or service before a complaint, a complaint or an account matter before a request for
// general information; a customer about to leave, influencers and customers who repeat themselves
// while waiting move up one level each.
import type { MessageTrait, Priority } from './model.ts';
import { PRIORITIES } from './model.ts';

export interface PriorityExtra {
  /** The customer posted again while a handoff was already waiting for an agent. */
  repeated: boolean;
  /** The post cannot wait (triage's urgency: time pressure, "asap", anger shouted): at least high. */
  timeCritical?: boolean;
  /** Triage's word model reads a report of something failing now: at least high. */
  failingNow?: boolean;
  /** Written in a language triage does not read: its traits say nothing, so at least normal. */
  unread?: boolean;
}

export interface PriorityDecision {
  priority: Priority;
  /** The traits and circumstances that set the priority, most important first. */
  reasons: string[];
}

/** Base level of each trait that matters for priority; traits not listed count as `low`. */
const BASE_LEVEL: ReadonlyArray<readonly [MessageTrait, Priority]> = [
  ['legal', 'urgent'],
  ['safety', 'urgent'],
  ['security', 'urgent'],
  ['faulty', 'high'],
  ['complaint', 'normal'],
  ['ironic', 'normal'],
  ['account', 'normal'],
  ['abuse', 'normal'],
  ['human', 'normal'],
  ['bereavement', 'normal'],
];

export function decidePriority(
  traits: readonly MessageTrait[],
  influencer: boolean,
  extra: PriorityExtra,
): Priority {
  return explainPriority(traits, influencer, extra).priority;
}

/** The priority with the reasons that set it, for the agents' desk. */
export function explainPriority(
  traits: readonly MessageTrait[],
  influencer: boolean,
  extra: PriorityExtra,
): PriorityDecision {
  const present = BASE_LEVEL.filter(([trait]) => traits.includes(trait));
  let level = Math.max(0, ...present.map(([, priority]) => levelOf(priority)));
  const reasons: string[] = present.map(([trait]) => trait);
  if (extra.unread === true && level < levelOf('normal')) {
    level = levelOf('normal');
    reasons.push('unread-language');
  }
  if (traits.includes('churn')) {
    // Losing the customer is on the table: at least high, one above whatever else they report.
    // Counted before time pressure: triage rates every churn threat time-critical, and the same
    // threat must not raise the priority twice ("cancel my subscription" is high, not urgent).
    level = Math.max(level + 1, levelOf('high'));
    reasons.push('churn');
  }
  if (extra.timeCritical === true && level < levelOf('high')) {
    level = levelOf('high');
    reasons.push('time-critical');
  }
  if (extra.failingNow === true && level < levelOf('high')) {
    level = levelOf('high');
    reasons.push('failing-now');
  }
  if (influencer) {
    level += 1;
    reasons.push('influencer');
  }
  if (extra.repeated) {
    level += 1;
    reasons.push('repeated');
  }
  return { priority: priorityAt(level), reasons };
}

function levelOf(priority: Priority): number {
  return PRIORITIES.indexOf(priority);
}

function priorityAt(level: number): Priority {
  const top = PRIORITIES.length - 1;
  return PRIORITIES[Math.min(level, top)] ?? 'urgent';
}
