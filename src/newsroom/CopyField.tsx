/**
 * @component A read-only code field with a copy button; says in a live region whether copying
 * worked (the clipboard can be refused; then the text is selected for the user to copy).
 */
import { useId, useRef, useState } from 'react';
import { S } from './strings.ts';

export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(S.copied);
    } catch {
      ref.current?.select();
      setStatus(S.copyFailed);
    }
  }

  return (
    <div className="newsroom-copy">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={ref}
        readOnly
        rows={value.split('\n').length + 1}
        value={value}
        spellCheck={false}
      />
      <button type="button" onClick={() => void copy()}>
        {S.copy}
      </button>
      <span role="status" className="newsroom-copy__status">
        {status}
      </span>
    </div>
  );
}
