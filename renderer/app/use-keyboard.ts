import { useEffect } from 'react';
import { resolveKey, type ActionId, type KeyPress } from './state/keymap';
import { useWorkspace } from './workspace-context';

/** Whether the focus is somewhere the analyst types (keys belong to the field there). */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(type);
}

/** The key press as the key map sees it. */
export function keyPressOf(event: KeyboardEvent): KeyPress {
  return {
    key: event.key,
    ctrl: event.ctrlKey,
    meta: event.metaKey,
    shift: event.shiftKey,
    alt: event.altKey,
    inTextField: isTextField(event.target),
  };
}

/** Listens for the workspace keys on the window and runs their actions. */
export function useKeyboard(run: (action: ActionId) => void): void {
  const { store } = useWorkspace();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = resolveKey(keyPressOf(event), { modalOpen: store.get().dialog !== null });
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, store]);
}
