import { Modal } from '../app';
import { useCompareActions, useCompareState } from './compare-context';

/** The question before deleting an annotation that belongs to a link. */
export function ConfirmDeleteDialog() {
  const confirm = useCompareState((s) => s.confirm);
  const actions = useCompareActions();
  if (!confirm) return null;
  return (
    <Modal title="Delete a linked annotation?" onClose={() => actions.answerConfirm(false)} className="confirm-dialog">
      <p className="modal-text">{confirm.message}</p>
      {confirm.detail && <p className="modal-text">{confirm.detail}</p>}
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => actions.answerConfirm(false)} autoFocus>
          Keep it
        </button>
        <button type="button" className="button danger-solid" onClick={() => actions.answerConfirm(true)}>
          Delete and update the link
        </button>
      </div>
    </Modal>
  );
}
