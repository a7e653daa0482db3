import { useEffect, type RefObject } from 'react';
import { errorsOf } from './form-state';

/**
 * After each answer of the action, focus goes to the first field in error (in the form's order), else to
 * the form's alert, so a keyboard or screen-reader user lands on what to fix.
 */
export function useErrorFocus(form: RefObject<HTMLFormElement | null>, state: { status: string }): void {
  useEffect(() => {
    const errors = errorsOf(state);
    const element = form.current;
    if (!element) return;
    const first = Array.from(element.elements).find(
      (control) => control instanceof HTMLElement && Object.hasOwn(errors, (control as HTMLInputElement).name),
    );
    const target = first ?? element.querySelector('.form-error');
    if (target instanceof HTMLElement) target.focus();
  }, [form, state]);
}
