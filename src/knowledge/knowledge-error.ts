import { ProntoError } from '../errors.ts';

export type KnowledgeErrorCode =
  | 'knowledge_dir_missing'
  | 'knowledge_dir_not_a_folder'
  | 'knowledge_dir_unreadable';

/** The knowledge folder itself cannot be used (single broken files are problems, not errors). */
export class KnowledgeError extends ProntoError {
  declare readonly code: KnowledgeErrorCode;
  readonly dir: string;

  constructor(code: KnowledgeErrorCode, dir: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.dir = dir;
  }
}

/** Node's file system errors carry a `code` such as ENOENT. */
export function isErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
