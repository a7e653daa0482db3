'use client';

import { createContext, use } from 'react';
import type { Messages } from '@/messages/fr';

type ErrorMessages = Messages['error'];

const ErrorMessagesContext = createContext<ErrorMessages | null>(null);

/**
 * Hands the error page (a client component, as Next requires) its text from the server, so the
 * message catalog is not part of every page's JavaScript.
 */
export function ErrorMessagesProvider({ messages, children }: { messages: ErrorMessages; children: React.ReactNode }) {
  return <ErrorMessagesContext value={messages}>{children}</ErrorMessagesContext>;
}

export function useErrorMessages(): ErrorMessages {
  const messages = use(ErrorMessagesContext);
  if (!messages) throw new Error('useErrorMessages needs an ErrorMessagesProvider above it');
  return messages;
}
