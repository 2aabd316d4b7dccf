import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  /** Called when the student closes it with Escape or a close button. */
  onClose: () => void;
  children: ReactNode;
  /** `alertdialog` for a choice the student must make (a conflict). */
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal `<dialog>`: the browser keeps focus inside, makes the rest inert and closes it on
 * Escape. Rendered only while open; focus goes back where it was when it closes.
 */
export function Modal({ title, onClose, children, role }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
      if (before?.isConnected) before.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="mb-dialog"
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
