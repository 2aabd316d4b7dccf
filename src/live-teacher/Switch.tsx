import { startTransition, useOptimistic, type ReactNode } from 'react';

interface Props {
  /** The value as the server has it. */
  checked: boolean;
  /** Sends the change; the box shows the new value until this settles (then the server's value again). */
  onToggle(next: boolean): Promise<unknown>;
  children: ReactNode;
}

/** A checkbox for a session setting that answers at once, and falls back if the server refuses. */
export function Switch({ checked, onToggle, children }: Props) {
  const [shown, setShown] = useOptimistic(checked);
  const toggle = () =>
    startTransition(async () => {
      setShown(!shown);
      await onToggle(!shown);
    });
  return (
    <label className="tl-switch">
      <input type="checkbox" checked={shown} onChange={toggle} />
      {children}
    </label>
  );
}
