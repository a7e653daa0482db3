import { commentBodyToParagraphs } from '@/lib/comment-body';

/** A reader's text, rendered as text: paragraphs, line breaks and http(s) links, nothing else. */
export function CommentBody({ body }: { body: string }) {
  return (
    <div className="comment__body">
      {commentBodyToParagraphs(body).map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((part, i) =>
            part.kind === 'break' ? (
              <br key={i} />
            ) : part.kind === 'link' ? (
              <a key={i} href={part.href} rel="nofollow ugc noopener">
                {part.text}
              </a>
            ) : (
              part.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
