import { useRef, useState, type FormEvent } from "react";
import { establishImplementationGroup } from "../../api/implementationMutations";
import { IMPLEMENTATION_LIMITS, type ImplementationGroupSummary } from "../../api/implementationTypes";
import { useSave } from "../../hooks/useSave";
import { isValidSlug, suggestSlug } from "../../implementation/slug";
import { groupPath, navigate } from "../../router";
import { Field, FormActions, TextArea, TextInput } from "../Field";

interface EstablishImplementationGroupFormProps {
  municipalityCode: string;
  existing: ImplementationGroupSummary[];
}

export function EstablishImplementationGroupForm({ municipalityCode, existing }: EstablishImplementationGroupFormProps) {
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  // Once the short name is typed by hand, the name no longer overwrites it.
  const [slugEdited, setSlugEdited] = useState(false);
  const [focus, setFocus] = useState("");
  const save = useSave();
  const nameRef = useRef<HTMLInputElement>(null);
  const slugRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      save.fail("Skriv gruppens navn.");
      nameRef.current?.focus();
      return;
    }
    const taken = existing.find((g) => g.slug === slug);
    if (!isValidSlug(slug) || taken) {
      save.fail(
        taken
          ? `Kortnavnet bruges allerede af ${taken.name}. Vælg et andet.`
          : `Kortnavnet skal være 1–${IMPLEMENTATION_LIMITS.slug} tegn: små bogstaver a–z, tal og bindestreg.`,
      );
      slugRef.current?.focus();
      return;
    }
    const saved = await save.run(() => establishImplementationGroup({ municipalityCode, slug, name: trimmed, focus: focus.trim() }));
    if (saved) navigate(groupPath(municipalityCode, slug));
  }

  function edited() {
    if (save.status !== "saving") save.reset();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <h3>Nedsæt implementeringsgruppe</h3>
      <TextInput
        label="Navn"
        inputRef={nameRef}
        value={name}
        maxLength={IMPLEMENTATION_LIMITS.title}
        onChange={(v) => {
          setName(v);
          if (!slugEdited) setSlug(suggestSlug(v));
          edited();
        }}
      />
      <Field label="Kortnavn" hint="Bruges i gruppens adresse: små bogstaver a–z, tal og bindestreg. Foreslås ud fra navnet.">
        {({ id, describedBy }) => (
          <input
            id={id}
            ref={slugRef}
            value={slug}
            maxLength={IMPLEMENTATION_LIMITS.slug}
            onChange={(e) => {
              setSlug(e.target.value);
              // Clearing the field hands it back to the suggestion.
              setSlugEdited(e.target.value !== "");
              edited();
            }}
            aria-describedby={describedBy}
            required
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <TextArea
        label="Fokus"
        value={focus}
        maxLength={IMPLEMENTATION_LIMITS.longText}
        rows={3}
        onChange={(v) => {
          setFocus(v);
          edited();
        }}
      />
      <FormActions submitLabel="Nedsæt gruppe" save={save} />
    </form>
  );
}
