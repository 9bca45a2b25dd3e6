import { useId, useState, type FormEvent } from "react";
import { LIMITS } from "../../api/types";

/** "Tilføj punkt" under one prerequisite: a title now, the rest is co-edited afterwards. */
export function AddItemForm({ prerequisiteTitle, onAdd }: { prerequisiteTitle: string; onAdd(title: string): void }) {
  const id = useId();
  const [title, setTitle] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === "") return;
    onAdd(title.trim());
    setTitle("");
  }

  return (
    <form className="form form--inline" onSubmit={submit} aria-label={`Nyt punkt under ${prerequisiteTitle}`}>
      <div className="field">
        <label htmlFor={id}>Nyt punkt</label>
        <input id={id} value={title} maxLength={LIMITS.planTitle} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
      </div>
      <button type="submit" className="button button--small">
        Tilføj punkt
      </button>
    </form>
  );
}
