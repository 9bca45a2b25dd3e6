import { useId, useLayoutEffect, useRef, type KeyboardEvent, type Ref } from "react";
import { caretAfter, inputOperation } from "../../collab/inputDiff";
import type { TextField } from "../../collab/protocol";
import { TextOperation } from "../../collab/textOperation";
import type { WorkshopSession } from "../../collab/workshopSession";

interface CoEditedTextProps {
  session: WorkshopSession;
  item: string;
  field: TextField;
  label: string;
  value: string;
  maxLength: number;
  readOnly: boolean;
}

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * A title or description several people type in at once. Each input event becomes a text
 * operation; others' edits keep this person's caret on the same character; Ctrl+Z and
 * Ctrl+Shift+Z undo and redo only this person's own edits.
 */
export function CoEditedText({ session, item, field, label, value, maxLength, readOnly }: CoEditedTextProps) {
  const id = useId();
  const ref = useRef<TextElement>(null);
  // What the element showed at the last render, and where its selection was.
  const shown = useRef(value);
  const selection = useRef<[number, number]>([0, 0]);

  useLayoutEffect(() => {
    const element = ref.current;
    const before = shown.current;
    shown.current = value;
    if (!element || before === value || document.activeElement !== element) return;
    const change = inputOperation(before, value, value.length);
    const [start, end] = selection.current;
    element.setSelectionRange(caretAfter(change, start), caretAfter(change, end));
    remember(element);
  }, [value]);

  function remember(element: TextElement) {
    selection.current = [element.selectionStart ?? 0, element.selectionEnd ?? 0];
  }

  function onChange(element: TextElement) {
    const typed = inputOperation(shown.current, element.value, element.selectionEnd ?? element.value.length);
    // Someone's edit may have reached the session after the last render: type past it.
    const current = session.text(item, field);
    const edit = current === shown.current ? typed : TextOperation.transform(inputOperation(shown.current, current, current.length), typed)[1];
    remember(element);
    shown.current = edit.apply(current);
    session.editText(item, field, edit);
  }

  function onKeyDown(event: KeyboardEvent<TextElement>) {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    const redo = (key === "z" && event.shiftKey) || key === "y";
    if (key !== "z" && !redo) return;
    // The browser's own undo would also undo other people's text.
    event.preventDefault();
    remember(event.currentTarget);
    if (redo) session.redo(item, field);
    else session.undo(item, field);
  }

  const common = {
    id,
    value,
    maxLength,
    readOnly,
    onChange: (e: { currentTarget: TextElement }) => onChange(e.currentTarget),
    onSelect: (e: { currentTarget: TextElement }) => remember(e.currentTarget),
    onKeyDown,
    onFocus: () => session.focus(item, field),
    onBlur: () => session.focus(null, null),
    autoComplete: "off",
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {field === "title" ? (
        <input {...common} ref={ref as Ref<HTMLInputElement>} />
      ) : (
        <textarea {...common} ref={ref as Ref<HTMLTextAreaElement>} rows={3} />
      )}
    </div>
  );
}
