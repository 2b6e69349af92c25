// One shape for every benchmark's result, so `bench/run.ts` can print them all the same way and
// the README can paste them as they are.

export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
}

/** Renders a benchmark as a markdown section: a bold title, a table, then notes as bullets. */
export function formatTable(table: BenchTable): string {
  const cell = (value: string | number) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
  const line = (cells: (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;
  // Numbers align right so columns of figures are easy to compare.
  const align = table.columns.map((_, column) =>
    table.rows.length > 0 && table.rows.every((row) => typeof row[column] === 'number') ? '---:' : '---',
  );
  const lines = [
    `**${table.title}**`,
    '',
    line(table.columns),
    `| ${align.join(' | ')} |`,
    ...table.rows.map(line),
  ];
  if (table.notes && table.notes.length > 0) lines.push('', ...table.notes.map((note) => `- ${note}`));
  return lines.join('\n');
}
