// Reading typed values out of environment variables, collecting every problem (named after the
// variable, with what to set) instead of stopping at the first, so one start shows them all.

export type Env = Record<string, string | undefined>;

export interface EnvReader {
  /** Every problem found so far. */
  problems: string[];
  list(name: string, fallback: string[]): string[];
  number(name: string, fallback: number, min: number, max: number, options?: { integer?: boolean }): number;
  flag(name: string, fallback: boolean): boolean;
}

export function createEnvReader(env: Env): EnvReader {
  const problems: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  return {
    problems,
    list(name, fallback) {
      const raw = value(name);
      if (raw === undefined) return fallback;
      return raw
        .split(',')
        .map((item) => item.trim().replace(/^@/, ''))
        .filter((item) => item !== '');
    },
    number(name, fallback, min, max, options = {}) {
      const raw = value(name);
      if (raw === undefined) return fallback;
      const parsed = Number(raw);
      const wrongKind = options.integer === true && !Number.isInteger(parsed);
      if (!Number.isFinite(parsed) || wrongKind || parsed < min || parsed > max) {
        const kind = options.integer ? 'a whole number' : 'a number';
        const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
        problems.push(`${name}=${JSON.stringify(raw)} is not ${kind} ${range}; set it to e.g. ${fallback}`);
        return fallback;
      }
      return parsed;
    },
    flag(name, fallback) {
      const raw = value(name)?.toLowerCase();
      if (raw === undefined) return fallback;
      if (['true', '1', 'yes'].includes(raw)) return true;
      if (['false', '0', 'no'].includes(raw)) return false;
      problems.push(`${name}=${JSON.stringify(env[name])} is not true or false`);
      return fallback;
    },
  };
}
