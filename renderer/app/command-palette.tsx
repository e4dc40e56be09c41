import { useId, useMemo, useState } from 'react';
import { KEY_BINDINGS, type ActionId } from './state/keymap';
import { Modal } from './modal';
import { useActions } from './workspace-context';

/** Ctrl+K: every action with its key, filtered by typing; Enter runs the highlighted one. */
export function CommandPalette({ run }: { run(action: ActionId): void }) {
  const actions = useActions();
  const [typed, setTyped] = useState('');
  const [index, setIndex] = useState(0);
  const listId = useId();
  const matches = useMemo(() => {
    const q = typed.trim().toLowerCase();
    return KEY_BINDINGS.filter((b) => b.action !== 'command-palette' && b.action !== 'cancel' && (!q || b.label.toLowerCase().includes(q)));
  }, [typed]);
  const current = matches[Math.min(index, matches.length - 1)];

  const choose = (action: ActionId) => {
    actions.closeDialog();
    run(action);
  };

  return (
    <Modal title="Command palette" onClose={actions.closeDialog} className="palette">
      <input
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? `${listId}-${current.action}` : undefined}
        aria-label="Find an action"
        placeholder="Type an action…"
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setIndex(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setIndex((i) => (matches.length ? (Math.min(i, matches.length - 1) + step + matches.length) % matches.length : 0));
          } else if (e.key === 'Enter' && current) {
            e.preventDefault();
            choose(current.action);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Actions" className="palette-list">
        {matches.map((b) => (
          <li
            key={b.action}
            id={`${listId}-${b.action}`}
            role="option"
            aria-selected={b === current}
            className={b === current ? 'palette-item current' : 'palette-item'}
            onClick={() => choose(b.action)}
          >
            <span>{b.label}</span>
            <span className="keys">
              {b.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </span>
          </li>
        ))}
        {matches.length === 0 && <li className="palette-none">No action matches “{typed}”.</li>}
      </ul>
    </Modal>
  );
}
