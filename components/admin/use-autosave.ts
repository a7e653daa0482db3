'use client';

import { useEffect, useState, type RefObject } from 'react';

export type AutosaveState = { status: 'saved'; at: string } | { status: 'conflict' } | { status: 'failed' };
type AutosaveInput = { articleId: number; version: number; title: string; dek: string; bodyMarkdown: string };

// A pause in typing this long saves; leaving the text for another field saves at once.
const PAUSE_MS = 10_000;
const TEXT_FIELDS = ['title', 'dek', 'bodyMarkdown'] as const;

/**
 * Keeps the article's text as the member types (an existing article only): after a pause, or when the
 * focus leaves a text field, if it changed since the last autosave. Once the server says someone else
 * saved the article meanwhile, it stops: the member is warned before a save that would be refused anyway.
 */
export function useAutosave(
  formRef: RefObject<HTMLFormElement | null>,
  target: { articleId: number; version: number } | null,
  action: (input: AutosaveInput) => Promise<AutosaveState>,
): AutosaveState | null {
  const [state, setState] = useState<AutosaveState | null>(null);
  useEffect(() => {
    if (!target) return;
    // Once refused, autosaving stops until the form has a new version (the member's own save landed).
    let stopped = false;
    // Bumped by each save of the form: an autosave answered after it (racing the save) is left unsaid.
    let saves = 0;
    // The form is read when it is used: it is a new element each time the server answers a save.
    const read = () => {
      const data = formRef.current ? new FormData(formRef.current) : null;
      return Object.fromEntries(TEXT_FIELDS.map((name) => [name, String(data?.get(name) ?? '')])) as Record<
        (typeof TEXT_FIELDS)[number],
        string
      >;
    };
    let last = JSON.stringify(read());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = async () => {
      clearTimeout(timer);
      const text = read();
      if (stopped || JSON.stringify(text) === last) return;
      last = JSON.stringify(text);
      const before = saves;
      const answer = await action({ ...target, ...text }).catch((): AutosaveState => ({ status: 'failed' }));
      if (before !== saves) return;
      if (answer.status === 'conflict') stopped = true;
      setState(answer);
    };
    const isText = (event: Event) => {
      const field = event.target as HTMLInputElement;
      return field.form === formRef.current && TEXT_FIELDS.some((name) => field.name === name);
    };
    const onInput = (event: Event) => {
      if (!isText(event)) return;
      clearTimeout(timer);
      timer = setTimeout(save, PAUSE_MS);
    };
    const onLeave = (event: Event) => {
      // Leaving for the form's own buttons is a save or a preview on its way: that post carries the text.
      const next = (event as FocusEvent).relatedTarget as HTMLButtonElement | null;
      if (isText(event) && !(next?.form === formRef.current && next?.type === 'submit')) void save();
    };
    const onSubmit = (event: Event) => {
      if (event.target !== formRef.current) return;
      saves++;
      clearTimeout(timer);
    };
    document.addEventListener('input', onInput);
    document.addEventListener('focusout', onLeave);
    document.addEventListener('submit', onSubmit, true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('input', onInput);
      document.removeEventListener('focusout', onLeave);
      document.removeEventListener('submit', onSubmit, true);
    };
  }, [formRef, target, action]);
  return state;
}
