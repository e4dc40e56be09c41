import { X } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalProps {
  title: string;
  /** Whether Esc and the close button may dismiss it (the first-run annotator question may not). */
  dismissible?: boolean;
  onClose(): void;
  className?: string;
  children: ReactNode;
}

/** A modal on the native <dialog>: focus is trapped, Esc closes, the page behind is inert. */
export function Modal({ title, dismissible = true, onClose, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby="modal-title"
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible) onClose();
      }}
    >
      <div className="modal-head">
        <h2 id="modal-title">{title}</h2>
        {dismissible && (
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <X aria-hidden="true" size={18} />
          </button>
        )}
      </div>
      {children}
    </dialog>
  );
}
