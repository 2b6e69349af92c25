// How soon a human must look at a handoff (PLAYBOOK, Priorities): legal threats and safety at
// once, a faulty product or service before a complaint, a complaint or an account matter before
// a request for general information; influencers and customers who repeat themselves while
// waiting move up one level each.
import type { MessageTrait, Priority } from './model.ts';
import { PRIORITIES } from './model.ts';

export interface PriorityExtra {
  /** The customer posted again while a handoff was already waiting for an agent. */
  repeated: boolean;
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
  ['faulty', 'high'],
  ['complaint', 'normal'],
  ['account', 'normal'],
  ['abuse', 'normal'],
  ['human', 'normal'],
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
