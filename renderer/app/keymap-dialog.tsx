import { KEY_BINDINGS } from './state/keymap';
import { Modal } from './modal';
import { useActions } from './workspace-context';

/** "?": every key of the workspace. */
export function KeymapDialog() {
  const actions = useActions();
  return (
    <Modal title="Keyboard shortcuts" onClose={actions.closeDialog} className="keymap-dialog">
      <table className="keymap">
        <tbody>
          {KEY_BINDINGS.filter((b) => b.keys.length > 0).map((b) => (
            <tr key={b.action}>
              <td>{b.label}</td>
              <td className="keys">
                {b.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span className="or"> or </span>}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="modal-text">
        To tag with the keyboard alone: press T to move into the text, Shift+arrows to select, then 1, 2 or 3. Keys do nothing while you type in a field.
      </p>
    </Modal>
  );
}
