// The Lua scripts that make the Redis store's read-then-write steps atomic, and how to run them:
// by SHA (cheap), loading the text once when the server does not know it yet (e.g. after a
// restart, which empties the script cache).
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface RedisScript {
  readonly lua: string;
  readonly sha: string;
}

/** The value a delivery key holds while an action is reserved but not yet delivered. */
export const RESERVED_MARK = 'reserved';

/**
 * Sets KEYS[1] to ARGV[1] for ARGV[2] ms unless it holds another value; when it already holds
 * ARGV[1] the TTL is renewed. Returns 1 when KEYS[1] now holds ARGV[1]. Used for claims (a
 * claim whose reply was lost is recognized by its token on retry), locks and leases.
 */
export const TAKE_OR_RENEW = defineScript(`
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
`);

/** Deletes KEYS[1] only while it holds ARGV[1] (release by owner, give a reservation back). */
export const DELETE_IF_EQUAL = defineScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

/**
 * Appends the JSON turn ARGV[1] to the list KEYS[1] unless a kept turn has the id ARGV[2] (when
 * not empty), keeps the newest ARGV[3] and restarts the TTL of ARGV[4] ms. Returns 1 when
 * appended. The id check and the append are one step, so two replicas retrying one message
 * append it once.
 */
export const APPEND_TURN = defineScript(`
if ARGV[2] ~= '' then
  for _, kept in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
    local ok, turn = pcall(cjson.decode, kept)
    if ok and type(turn) == 'table' and turn.id == ARGV[2] then return 0 end
  end
end
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[3]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
`);

/** Returns the value of KEYS[1], first setting it to ARGV[1] for ARGV[2] ms when it is absent. */
export const SET_ONCE = defineScript(`
local stored = redis.call('GET', KEYS[1])
if stored then return stored end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return ARGV[1]
`);

/**
 * Reserves a delivery for ARGV[1] ms unless reserved or done. Returns 'reserved' (the caller may
 * send), 'in-flight' (someone else's unexpired hold) or the stored delivery JSON (done).
 */
export const RESERVE_DELIVERY = defineScript(`
local stored = redis.call('GET', KEYS[1])
if not stored then
  redis.call('SET', KEYS[1], '${RESERVED_MARK}', 'PX', ARGV[1])
  return 'reserved'
end
if stored == '${RESERVED_MARK}' then return 'in-flight' end
return stored
`);

/**
 * Adds each (ARGV[2k], ARGV[2k+1]) field and increment to the hash KEYS[1] and restarts its TTL
 * of ARGV[1] ms, in one step: what a MULTI of HINCRBYs did, at one command's cost per message.
 */
export const ADD_COUNTERS = defineScript(`
for i = 2, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
`);

export async function runScript(
  redis: Redis,
  script: RedisScript,
  keys: string[],
  args: (string | number)[],
): Promise<unknown> {
  try {
    return await redis.evalsha(script.sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    return redis.eval(script.lua, keys.length, ...keys, ...args);
  }
}

function defineScript(lua: string): RedisScript {
  return { lua, sha: createHash('sha1').update(lua).digest('hex') };
}
