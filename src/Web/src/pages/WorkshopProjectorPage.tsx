import { workshopKey } from "../api/workshop";
import { ErrorMessage } from "../components/ErrorMessage";
import { Loading } from "../components/Loading";
import { RoomAccessNeeded } from "../components/workshop/RoomAccessNeeded";
import { RoomEnded } from "../components/workshop/RoomEnded";
import { RoomTimer } from "../components/workshop/RoomTimer";
import { useWorkshop } from "../hooks/useWorkshop";
import { countLabel, prerequisiteTitles, roomStatusLabels } from "../labels";
import { usePageTitle } from "../usePageTitle";

/** For the wall: large type, read only. It joins the room like a participant but never proposes anything. */
export function WorkshopProjectorPage({ code, id }: { code: string; id: string }) {
  const { access, view } = useWorkshop(workshopKey(code, id));
  usePageTitle(view?.title ? `${view.title} (projektor)` : "Projektor");

  if (!access) return <RoomAccessNeeded />;
  if (view?.ended) return <RoomEnded reason={view.ended} />;
  if (view?.joinError) return <ErrorMessage>{view.joinError}</ErrorMessage>;
  if (!view?.ready) return <Loading text="Går ind i workshoppen …" />;

  return (
    <div className="projector">
      <h1>{view.title}</h1>
      <p className="projector__point">
        Nu: <strong>{view.agenda[view.point] ?? ""}</strong>
      </p>
      <RoomTimer endsAt={view.timerEndsAt} large />
      {Object.entries(prerequisiteTitles).map(([number, title]) => {
        const items = view.items.filter((i) => i.prerequisite === Number(number));
        if (items.length === 0) return null;
        return (
          <section key={number} aria-labelledby={`projektor-${number}`}>
            <h2 id={`projektor-${number}`}>
              {number}. {title}
            </h2>
            <ul className="projector__items">
              {items.map((item) => (
                <li key={item.id} className={item.id === view.spotlight ? "projector__item projector__item--spotlight" : "projector__item"}
                  aria-current={item.id === view.spotlight ? "true" : undefined}>
                  <strong>{item.title || "Punkt uden titel"}</strong>
                  {item.description && <p>{item.description}</p>}
                  <p className="projector__meta">
                    {roomStatusLabels[item.status ?? "planned"]}
                    {(view.votingDots > 0 || item.votes > 0) && ` · ${countLabel(item.votes, "prik", "prikker")}`}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
