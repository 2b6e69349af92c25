// Ids of Facebook comments as Pronto's messages carry them. A comment is one message; an edit
// of it is a new message (its new text is answered once), whose id is the comment's id with a
// mark of the new text, so a redelivered edit is the same message and another edit is not.
import { createHash } from 'node:crypto';

/** Never part of a Graph id (digits and underscores), so the comment's id is always recoverable. */
const EDIT_MARK = '~edit-';
/** Hex characters of the text's SHA-256 kept: enough that two texts of one comment never collide. */
const EDIT_HASH_CHARS = 16;

/** The id of the comment a Facebook message is about (the message id itself, or an edit's comment). */
export function commentIdOf(messageId: string): string {
  const mark = messageId.indexOf(EDIT_MARK);
  return mark < 0 ? messageId : messageId.slice(0, mark);
}

/** The message id of an edit of `commentId` that reads `text`. */
export function editedCommentMessageId(commentId: string, text: string): string {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, EDIT_HASH_CHARS);
  return `${commentId}${EDIT_MARK}${hash}`;
}

/**
 * A link that opens the comment on facebook.com. Graph comment ids are `{post}_{comment}`
 * (developers.facebook.com/docs/graph-api/reference/comment: "use the format
 * {pagepost-id}_{comment-id}"), and facebook.com resolves an object id in the path.
 */
export function commentUrlOf(messageId: string): string {
  return `https://www.facebook.com/${encodeURIComponent(commentIdOf(messageId))}`;
}
