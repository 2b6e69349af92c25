// The vendor's side of the X benchmark, in its own process as X is another machine: runs the fake
// X API, so parsing the signed requests and storing posts never takes the service's CPU. Started
// by bench/x-service.ts with `node --import tsx bench/fake-x-side.ts` and an IPC channel; sends
// `{ baseUrl }` once listening, then answers each command with `{ id, result }` or `{ id, error }`.
// Stops when the parent disconnects.
import { startFakeXApi, type MentionInput } from '../test/support/fake-x-api.ts';

export type FakeXRequest =
  | { type: 'add-mentions'; mentions: MentionInput[] }
  /** Resolves once the service has polled the mentions once with success (its start-up poll). */
  | { type: 'wait-first-poll'; timeoutMs: number }
  | { type: 'wait-replies'; to: string[]; timeoutMs: number };
export type FakeXCommand = FakeXRequest & { id: number };

/** `add-mentions`: the new posts' ids; `wait-replies`: when each reply was posted (epoch ms, `to`'s order). */
export type FakeXResult = string[] | number[] | null;
export type FakeXAnswer = { id: number; result: FakeXResult } | { id: number; error: string };

const fake = await startFakeXApi({ brand: { id: '1000', username: 'LumoAiuta', name: 'Lumo' } });

/** Post replied to → when the reply was posted (its `createdAt`, stamped by the fake on arrival). */
const repliedAt = new Map<string, number>();
let scanned = 0;
/** Reads only the posts not seen yet, so waiting stays cheap even with thousands of replies. */
function scanReplies(): void {
  for (; scanned < fake.postedTweets.length; scanned += 1) {
    const tweet = fake.postedTweets[scanned]!;
    for (const reference of tweet.referencedTweets) if (reference.type === 'replied_to') repliedAt.set(reference.id, Date.parse(tweet.createdAt));
  }
}

async function answer(command: FakeXCommand): Promise<FakeXResult> {
  switch (command.type) {
    case 'add-mentions':
      return command.mentions.map((mention) => fake.addMention(mention).id);
    case 'wait-first-poll':
      await fake.waitFor((f) => f.requests.some((r) => r.path.endsWith('/mentions') && r.status === 200), command.timeoutMs);
      return null;
    case 'wait-replies': {
      // Replies arrive in any order; once one is there it stays, so the first missing one only moves on.
      let missing = 0;
      await fake.waitFor(() => {
        scanReplies();
        while (missing < command.to.length && repliedAt.has(command.to[missing]!)) missing += 1;
        return missing === command.to.length;
      }, command.timeoutMs);
      return command.to.map((id) => repliedAt.get(id)!);
    }
  }
}

process.on('message', (command: FakeXCommand) => {
  answer(command).then(
    (result) => process.send!({ id: command.id, result } satisfies FakeXAnswer),
    (error: unknown) => process.send!({ id: command.id, error: error instanceof Error ? error.message : String(error) } satisfies FakeXAnswer),
  );
});
process.once('disconnect', () => {
  void fake.close().then(() => process.exit(0));
});
process.send!({ baseUrl: fake.baseUrl });
