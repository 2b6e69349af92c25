// Judgment on real Italian customer queries with their company's own knowledge: all 1,132 queries
// to a water utility (EVALITA 2016 QA4FAQ, four draws in a seeded random order) labelled by us as the
// real posts are (bench/real-posts/), run through the real responder with the utility's 406 FAQs
// as the knowledge. Most ask something the FAQs answer; some report water missing now, a broken
// meter, a bill paid twice, a death in the family: those must reach a person, never an FAQ.
import { pathToFileURL } from 'node:url';
import { loadConfig, PACKAGE_DIR } from '../src/config.ts';
import type { Logger } from '../src/core/ports.ts';
import { createResponder, type HandledMessage } from '../src/core/responder.ts';
import { createKnowledgeIndex } from '../src/knowledge/create-knowledge-index.ts';
import { createOfflineComposer } from '../src/llm/offline-composer.ts';
import { loadReplyTemplates } from '../src/llm/load-reply-templates.ts';
import { createMemoryStore } from '../src/store/memory-store.ts';
import { judgeRealPost, type Verdict } from './judge-real-post.ts';
import { loadQa4faq } from './qa4faq.ts';
import { readRealPosts, UTILITY_LABELS_FILE, type RealPost, type Split } from './read-real-posts.ts';
import { CLOCK, confusionTable, EXAMPLE_BRAND, judgmentTable, printExamples, toMessage, topicTable } from './real-posts.ts';
import { formatTable, type BenchTable } from './table.ts';

const SET_NAME = 'Italian utility queries';
const silent: Logger = { info() {}, warn() {}, error() {} };

export async function benchUtilityQueries(): Promise<BenchTable[]> {
  const posts = readRealPosts(UTILITY_LABELS_FILE);
  const { entries, queries } = loadQa4faq();
  const relevant = new Map(queries.map((query) => [query.id, query.relevant]));
  const config = loadConfig({ PRONTO_BRAND_HANDLES: EXAMPLE_BRAND }, PACKAGE_DIR);
  const index = createKnowledgeIndex(entries);
  const responder = createResponder({
    knowledge: () => index,
    composer: createOfflineComposer({ templates: await loadReplyTemplates(config.promptsDir), settings: config.settings }),
    store: createMemoryStore(),
    clock: CLOCK,
    settings: config.settings,
    log: silent,
  });
  const verdicts: Verdict[] = [];
  for (const post of posts) {
    const handled = await responder.handle(toMessage(post));
    verdicts.push(judgeRealPost(withRelevantEntry(post, handled, relevant.get(post.label.id) ?? new Set()), handled));
  }
  printExamples('utility-queries', verdicts);
  const bySplit = (split: Split) => verdicts.filter((verdict) => verdict.post.label.split === split);
  return [
    judgmentTable(bySplit('dev'), bySplit('test'), {
      title: `${SET_NAME}: the bot's judgment (${posts.length.toLocaleString('en')} real queries, the utility's 406 FAQs as the knowledge, offline composer)`,
      notes: [
        'QA4FAQ (EVALITA 2016): queries customers typed into AQP Risponde, a water utility\'s question-answering service, four draws in a seeded random order (seed 2026), each labelled by us before anything was changed for it, with the real posts\' guide; each is run as a public mention. The knowledge is the utility\'s FAQs as written (question = title, answer = body, no example questions).',
        'A question is answered right when the bot answers it with one of the FAQs the task\'s judges marked relevant; a question it does not answer confidently goes to a person, which counts as not answered, not as wrong.',
        '`npm run bench -- utility-queries` prints up to 10 example ids (from dev) of each kind of error on stderr.',
      ],
    }),
    confusionTable(verdicts, SET_NAME),
    topicTable(verdicts, SET_NAME),
  ];
}

/**
 * The label with the entry that answers it: any FAQ the task's judges marked relevant is right,
 * and so is the one our label names where their judgments missed it (a query that restates an
 * FAQ word for word, "una copia della fattura" for the FAQ on duplicates); so the one the bot
 * answered with when it is among them, else the first.
 */
export function withRelevantEntry(post: RealPost, handled: HandledMessage, judged: ReadonlySet<string>): RealPost {
  const relevant = new Set([...judged, ...(post.label.entry === undefined ? [] : [post.label.entry])]);
  if (post.label.action !== 'answer' || relevant.size === 0) return post;
  const answeredWith = handled.actions.flatMap((action) => (action.type === 'reply' ? action.sources : []));
  const entry = answeredWith.find((id) => relevant.has(id)) ?? [...relevant].sort()[0]!;
  return { ...post, label: { ...post.label, entry } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const table of await benchUtilityQueries()) console.log(`${formatTable(table)}\n`);
}
