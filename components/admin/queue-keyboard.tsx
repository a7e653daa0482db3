'use client';

import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { UNDO_OFFER_MS } from '@/lib/moderation-actions';

const k = t.admin.comments.keys;
// Which row had focus when an action was sent, so that after the page comes back the next comment
// (now in the same place) has it: a moderator clears a queue pressing a, a, s, a…
const FOCUS_KEY = 'kq-queue-focus';

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-queue-item]')];
}

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('textarea, select, input:not([type="checkbox"]):not([type="radio"])'))
  );
}

/**
 * The queue's keyboard, only with JavaScript (every action stays a plain form without it):
 * j/k move, a approve, s spam, d trash, r reply, u undo for 10 seconds, ? help. Also makes
 * "Tout sélectionner" tick every row's box.
 */
export function QueueKeyboard() {
  const [help, setHelp] = useState(false);

  useEffect(() => {
    const list = rows();
    const remembered = Number(sessionStorage.getItem(FOCUS_KEY) ?? -1);
    sessionStorage.removeItem(FOCUS_KEY);
    if (remembered >= 0 && list.length) list[Math.min(remembered, list.length - 1)].focus();

    const undo = document.querySelector<HTMLFormElement>('form[data-undo]');
    const expire = undo ? window.setTimeout(() => (undo.hidden = true), UNDO_OFFER_MS) : undefined;

    const selectAll = document.querySelector<HTMLInputElement>('[data-select-all]');
    const onSelectAll = () => {
      for (const box of document.querySelectorAll<HTMLInputElement>('input[name="ids"][form="lot"]'))
        box.checked = selectAll!.checked;
    };
    selectAll?.addEventListener('change', onSelectAll);

    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      const items = rows();
      const index = items.findIndex((item) => item.contains(document.activeElement));
      const row = items[index];
      const press = (selector: string) => {
        const button = row?.querySelector<HTMLButtonElement>(selector);
        if (!button) return;
        sessionStorage.setItem(FOCUS_KEY, String(index));
        button.click();
      };
      switch (event.key) {
        case 'j':
          items[Math.min(index + 1, items.length - 1)]?.focus();
          break;
        case 'k':
          items[Math.max(index - 1, 0)]?.focus();
          break;
        case 'a':
        case 's':
        case 'd':
          press(`button[data-key="${event.key}"]`);
          break;
        case 'r': {
          const details = row?.querySelector<HTMLDetailsElement>('details[data-reply]');
          if (!details) return;
          details.open = true;
          details.querySelector('textarea')?.focus();
          break;
        }
        case 'u':
          if (undo && !undo.hidden) undo.requestSubmit();
          break;
        case '?':
          setHelp((shown) => !shown);
          break;
        case 'Escape':
          setHelp(false);
          return;
        default:
          return;
      }
      event.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      selectAll?.removeEventListener('change', onSelectAll);
      window.clearTimeout(expire);
    };
  }, []);

  return (
    <>
      <p className="hint">{k.hint}</p>
      {help && (
        <section className="keys-help" role="dialog" aria-modal="false" aria-labelledby="raccourcis-titre">
          <h2 id="raccourcis-titre">{k.title}</h2>
          <dl>
            {k.list.map(([key, label]) => (
              <div key={key}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{label}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="button-secondary" onClick={() => setHelp(false)}>
            {k.close}
          </button>
        </section>
      )}
    </>
  );
}
