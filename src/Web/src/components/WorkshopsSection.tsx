import { useId } from "react";
import { closeWorkshop, openWorkshop } from "../api/workshopMutations";
import type { Change, WorkshopSummary } from "../api/types";
import { formatDateTime } from "../format";
import { useSave } from "../hooks/useSave";
import { workshopPath } from "../router";
import { Link } from "./Link";
import { SaveStatus } from "./SaveStatus";
import { ScheduleWorkshopForm } from "./ScheduleWorkshopForm";

interface WorkshopsSectionProps {
  municipalityCode: string;
  workshops: WorkshopSummary[];
  canGovern: boolean;
  afterSave(change: Change): Promise<void>;
}

const statusTexts = { SCHEDULED: "Planlagt", OPEN: "Åben", CLOSED: "Lukket" } as const;

const timeFormat = new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Copenhagen" });

export function WorkshopsSection({ municipalityCode, workshops, canGovern, afterSave }: WorkshopsSectionProps) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Workshops</h2>
      <p className="section-intro">I en workshop skriver styregruppen og gæster planen sammen, samtidig.</p>
      {workshops.length === 0 ? (
        <p className="empty">Der er ingen workshops endnu.</p>
      ) : (
        <ul className="workshop-list">
          {workshops.map((w) => (
            <WorkshopRow key={w.id} municipalityCode={municipalityCode} workshop={w} canGovern={canGovern} afterSave={afterSave} />
          ))}
        </ul>
      )}
      {canGovern && <ScheduleWorkshopForm municipalityCode={municipalityCode} afterSave={afterSave} />}
    </section>
  );
}

function WorkshopRow({ municipalityCode, workshop, canGovern, afterSave }: { workshop: WorkshopSummary } & Omit<WorkshopsSectionProps, "workshops">) {
  const save = useSave();
  const startsAt = new Date(workshop.startsAt);

  const open = () => save.run(async () => {
    const opened = await openWorkshop(municipalityCode, workshop.id);
    await afterSave({ version: opened.version, id: workshop.id });
  });
  const close = () => {
    if (!window.confirm("Luk workshoppen? Planen skrives ind i udviklingsplanen, og gæsterne mister adgang.")) return;
    void save.run(async () => afterSave(await closeWorkshop(municipalityCode, workshop.id)));
  };

  return (
    <li className="workshop">
      <p className="workshop__title">
        {workshop.status === "OPEN" ? <Link to={workshopPath(municipalityCode, workshop.id)}>{workshop.title}</Link> : <strong>{workshop.title}</strong>}
      </p>
      <p className="meta">
        {formatDateTime(workshop.startsAt)}
        {!Number.isNaN(startsAt.getTime()) && ` kl. ${timeFormat.format(startsAt)}`} · {statusTexts[workshop.status]}
        {workshop.code && ` · Gæstekode ${workshop.code}`}
      </p>
      {canGovern && workshop.status === "SCHEDULED" && (
        <button type="button" className="button button--small" disabled={save.status === "saving"} onClick={() => void open()}
          aria-label={`Åbn workshop: ${workshop.title}`}>
          Åbn workshop
        </button>
      )}
      {canGovern && workshop.status === "OPEN" && (
        <button type="button" className="button button--quiet button--small" disabled={save.status === "saving"} onClick={close}
          aria-label={`Luk workshop: ${workshop.title}`}>
          Luk workshop
        </button>
      )}
      <SaveStatus save={save} />
    </li>
  );
}
