// The knowledge browser for content editors: entries by folder, language and kind, each with
// its `kb check` findings (missing translations, first paragraphs too long for a tweet,
// questions another entry answers better), files that could not be read with their errors, and
// one entry with its translations side by side and "Try this entry". Editing stays in the
// editors' own tools and git: the pages follow the folder as it changes.
import type { KnowledgeProblem } from '../../knowledge/parse-entry.ts';
import { html, type SafeHtml } from '../html.ts';
import type { BrowsedEntry, KnowledgeReport } from '../knowledge-report.ts';
import type { TriedQuestion } from '../try-entry.ts';

export interface KnowledgeFilter {
  folder: string;
  lang: string;
  kind: string;
}

export function filterEntries(report: KnowledgeReport, filter: KnowledgeFilter): BrowsedEntry[] {
  return report.entries.filter(
    (entry) =>
      (filter.folder === '' || entry.folder === filter.folder) &&
      (filter.lang === '' || entry.translations.some((translation) => translation.lang === filter.lang)) &&
      (filter.kind === '' || entry.kind === filter.kind),
  );
}

export function renderKnowledgePage(base: string, report: KnowledgeReport, filter: KnowledgeFilter): SafeHtml {
  const shown = filterEntries(report, filter);
  const folders = [...new Set(shown.map((entry) => entry.folder))];
  const select = (name: keyof KnowledgeFilter, label: string, options: readonly string[], all: string) =>
    html`<div class="field"><label for="filter-${name}">${label}</label><select id="filter-${name}" name="${name}">
<option value="">${all}</option>${options.map((option) => html`<option value="${option}"${option === filter[name] ? html` selected` : ''}>${option}</option>`)}
</select></div>`;
  return html`<h1>Knowledge</h1>
<p class="lead">${report.entries.length} entries in ${report.languages.join(', ') || 'no language'} from <code>${report.dir}</code>: ${report.errors} errors, ${report.warnings} warnings (as <code>pronto kb check</code> reports them). Edit the files in your own editor; this page follows them.</p>
<p><a href="${base}/eval">How well the knowledge answers the eval questions (kb eval) →</a></p>
${renderBrokenFiles(report.brokenFiles)}
<form method="get" action="${base}/knowledge" class="card" aria-label="Filter entries">
<div class="fields">
${select('folder', 'Folder', report.folders, 'All folders')}
${select('lang', 'Language', report.languages, 'All languages')}
${select('kind', 'Kind', ['answer', 'notice'], 'Answers and notices')}
</div>
<div class="actions"><button type="submit">Show</button> <a href="${base}/knowledge">Clear</a></div>
</form>
<p role="status">${shown.length} of ${report.entries.length} entries shown.</p>
${folders.map(
  (folder, index) => html`<section aria-labelledby="folder-${index}">
<h2 id="folder-${index}">${folder === '.' ? 'Top folder' : folder}</h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col">Entry</th><th scope="col">Languages</th><th scope="col">Kind</th><th scope="col">Findings</th></tr></thead>
<tbody>${shown
    .filter((entry) => entry.folder === folder)
    .map(
      (entry) => html`<tr>
<td><a href="${base}/knowledge/${encodeURIComponent(entry.id)}"><code>${entry.id}</code></a><br>${entry.translations[0]?.title}</td>
<td>${entry.translations.map((translation) => html`<span class="badge">${translation.lang}</span> `)}${entry.missing.map((lang) => html`<span class="badge warn">missing ${lang}</span> `)}</td>
<td>${entry.kind}${entry.visibility === 'private' ? ' · private' : ''}${entry.kind === 'notice' ? (entry.translations[0]?.active ? ' · active' : ' · inactive') : ''}</td>
<td>${renderFindingCount(entry.findings)}</td>
</tr>`,
    )}</tbody></table></div>
</section>`,
)}`;
}

function renderFindingCount(findings: readonly KnowledgeProblem[]): SafeHtml {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return html`<span class="badge ok">none</span>`;
  return html`${errors > 0 ? html`<span class="badge bad">${errors} error${errors === 1 ? '' : 's'}</span> ` : ''}${
    warnings > 0 ? html`<span class="badge warn">${warnings} warning${warnings === 1 ? '' : 's'}</span>` : ''
  }`;
}

function renderBrokenFiles(problems: readonly KnowledgeProblem[]): SafeHtml {
  if (problems.length === 0) return html``;
  return html`<section class="banner bad" aria-labelledby="broken-heading">
<h2 id="broken-heading">Files the bot cannot use (${new Set(problems.map((problem) => problem.file)).size})</h2>
<p>The other entries work as usual. Fix these files and they are picked up at once.</p>
${renderFindings(problems)}
</section>`;
}

export function renderFindings(findings: readonly KnowledgeProblem[]): SafeHtml {
  return html`<ul>${findings.map(
    (finding) => html`<li><span class="badge ${finding.severity === 'error' ? 'bad' : 'warn'}">${finding.severity}</span> <code>${finding.file}</code>${
      finding.field ? html` (${finding.field})` : ''
    }: ${finding.message}<br><span class="muted">Fix: ${finding.fix}</span></li>`,
  )}</ul>`;
}

export function renderEntryPage(base: string, entry: BrowsedEntry, tried?: TriedQuestion[]): SafeHtml {
  return html`<p><a href="${base}/knowledge">← All entries</a></p>
<h1><code>${entry.id}</code></h1>
<p class="lead">${entry.kind}${entry.visibility === 'private' ? ' · private: the bot acknowledges in public and continues in a DM with this text' : ' · public'} · folder ${entry.folder}</p>
<section aria-labelledby="findings-heading">
<h2 id="findings-heading">Findings</h2>
${entry.missing.length > 0 ? html`<p class="banner warn">Missing translation: <strong>${entry.missing.join(', ')}</strong>. Customers writing in ${entry.missing.join(', ')} get a holding reply and a person instead of this answer.</p>` : ''}
${entry.findings.length === 0 ? html`<p class="banner ok">No findings: kb check has nothing to say about this entry.</p>` : renderFindings(entry.findings)}
</section>
<section aria-labelledby="try-heading">
<h2 id="try-heading">Try this entry</h2>
<p>Asks the bot every title and example question, as a customer would in public, and shows whether it answers with this entry.</p>
<form method="get" action="${base}/knowledge/${encodeURIComponent(entry.id)}/try#try-results"><button type="submit" class="primary">Try this entry</button></form>
${tried ? renderTried(base, entry.id, tried) : ''}
</section>
<div class="cards wide">${entry.translations.map(
    (translation) => html`<section class="card" aria-labelledby="lang-${translation.lang}" lang="${translation.lang}">
<h2 id="lang-${translation.lang}"><span class="badge">${translation.lang}</span> ${translation.title}</h2>
<p class="muted"><code>${translation.file}</code>${translation.link ? html` · <a href="${safeLink(translation.link)}" rel="noreferrer">${translation.link}</a>` : ''}</p>
${translation.kind === 'notice' ? html`<p>${translation.active ? 'Active' : 'Not active'}${translation.until ? ` until ${translation.until}` : ''}</p>` : ''}
<h3>First paragraph (the answer in a tweet)</h3><p class="text">${translation.short}</p>
${translation.body !== translation.short ? html`<details><summary>The whole answer</summary><p class="text">${translation.body}</p></details>` : ''}
<h3>Example questions</h3>${translation.questions.length === 0 ? html`<p class="muted">None.</p>` : html`<ul>${translation.questions.map((question) => html`<li>${question}</li>`)}</ul>`}
${translation.tags.length > 0 ? html`<p class="muted">Tags: ${translation.tags.join(', ')}</p>` : ''}
</section>`,
  )}</div>`;
}

function renderTried(base: string, id: string, tried: readonly TriedQuestion[]): SafeHtml {
  const answered = tried.filter((item) => item.verdict === 'answers').length;
  return html`<div id="try-results" tabindex="-1">
<p role="status"><strong>${answered} of ${tried.length}</strong> questions answered with <code>${id}</code>.</p>
<div class="table-wrap"><table>
<thead><tr><th scope="col">Question</th><th scope="col">Result</th><th scope="col">Best match</th></tr></thead>
<tbody>${tried.map(
    (item) => html`<tr>
<td lang="${item.lang}"><span class="badge">${item.lang}</span> ${item.question}</td>
<td>${item.verdict === 'answers' ? html`<span class="badge ok">answers</span>` : item.verdict === 'other' ? html`<span class="badge bad">another entry</span>` : html`<span class="badge warn">no answer</span>`} ${item.decision}</td>
<td>${item.best ? html`<a href="${base}/knowledge/${encodeURIComponent(item.best.id)}"><code>${item.best.id}</code></a> ${item.best.confidence.toFixed(2)}` : '–'}</td>
</tr>`,
  )}</tbody></table></div></div>`;
}

/** An entry's link as an href only when it is a web address (never `javascript:`). */
function safeLink(link: string): string {
  return /^https?:\/\//i.test(link) ? link : '#';
}
