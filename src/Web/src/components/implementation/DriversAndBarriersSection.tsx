import { useId, useRef } from "react";
import { refOf, removeDriverOrBarrier } from "../../api/implementationMutations";
import type { DriverOrBarrier, ForceKind } from "../../api/implementationTypes";
import { useSave } from "../../hooks/useSave";
import { forceKindLabels } from "../../labels";
import { SaveStatus } from "../SaveStatus";
import { NoteForceForm } from "./NoteForceForm";
import type { GroupSectionProps } from "./sectionProps";
import { Withheld } from "./Withheld";

const kinds: ForceKind[] = ["DRIVER", "BARRIER"];

/** What pushes the change forward and what holds it back, as the group sees it. */
export function DriversAndBarriersSection({ group, afterSave }: GroupSectionProps) {
  const headingId = useId();
  const removal = useSave();
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function remove(force: DriverOrBarrier) {
    const label = forceKindLabels[force.kind].one.toLowerCase();
    if (!window.confirm(`Vil du fjerne denne ${label}?`)) return;
    const removed = await removal.run(async () => afterSave(await removeDriverOrBarrier({ ...refOf(group), forceId: force.id })));
    // The focused button is gone with the item; keep keyboard users in this section.
    if (removed) headingRef.current?.focus();
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Drivkræfter og barrierer
      </h2>
      <div className="forces">
        {kinds.map((kind) => {
          const items = group.driversAndBarriers.filter((f) => f.kind === kind);
          return (
            <div key={kind} className="forces__column">
              <h3>{forceKindLabels[kind].many}</h3>
              {items.length === 0 ? (
                <p className="empty">Ingen endnu.</p>
              ) : (
                <ul className="force-list">
                  {items.map((force, index) => (
                    <li key={force.id} className="force">
                      <span className="prose">
                        <Withheld withheld={force.withheld}>{force.text}</Withheld>
                      </span>
                      {group.canEditPlan && (
                        <button
                          type="button"
                          className="button button--quiet button--small"
                          aria-label={`Fjern ${forceKindLabels[kind].one.toLowerCase()} ${index + 1}`}
                          disabled={removal.status === "saving"}
                          onClick={() => remove(force)}
                        >
                          Fjern
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      {group.canEditPlan && (
        <>
          <SaveStatus save={removal} savingText="Fjerner …" savedText="Fjernet" />
          <NoteForceForm group={group} afterSave={afterSave} />
        </>
      )}
    </section>
  );
}
