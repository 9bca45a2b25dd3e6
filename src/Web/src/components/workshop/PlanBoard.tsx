import { useEffect } from "react";
import type { WorkshopSession } from "../../collab/workshopSession";
import type { WorkshopView } from "../../collab/workshopView";
import { prerequisiteTitles } from "../../labels";
import { AddItemForm } from "./AddItemForm";
import { RoomItemCard } from "./RoomItemCard";

interface PlanBoardProps {
  session: WorkshopSession;
  view: WorkshopView;
  followFacilitator: boolean;
}

/** The plan as the room edits it, grouped by the eight prerequisites. */
export function PlanBoard({ session, view, followFacilitator }: PlanBoardProps) {
  const { spotlight } = view;

  useEffect(() => {
    if (!followFacilitator || spotlight === null) return;
    const element = document.getElementById(`punkt-${spotlight}`);
    element?.scrollIntoView({ block: "center", behavior: "smooth" });
    element?.focus({ preventScroll: true });
  }, [followFacilitator, spotlight]);

  return (
    <div className="room-plan">
      {Object.entries(prerequisiteTitles).map(([number, title]) => {
        const items = view.items.filter((i) => i.prerequisite === Number(number));
        return (
          <section key={number} className="prerequisite" aria-labelledby={`forudsaetning-${number}`}>
            <h2 id={`forudsaetning-${number}`} className="prerequisite__head">
              {number}. {title}
            </h2>
            {items.map((item) => (
              <RoomItemCard
                key={item.id}
                session={session}
                item={item}
                members={view.members}
                editors={view.presence.filter((p) => p.item === item.id && p.id !== view.me?.id && (p.field === "title" || p.field === "description"))}
                spotlighted={spotlight === item.id}
                facilitator={view.facilitator}
                dotsLeft={view.votingDots > 0 ? view.dotsLeft : null}
              />
            ))}
            <AddItemForm prerequisiteTitle={title} onAdd={(itemTitle) => session.addItem(Number(number), itemTitle)} />
          </section>
        );
      })}
    </div>
  );
}
