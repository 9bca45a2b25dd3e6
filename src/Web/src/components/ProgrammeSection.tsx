import { useId } from "react";
import { joinProgramme } from "../api/programmeMutations";
import { useProgramme } from "../hooks/useProgramme";
import { useSave } from "../hooks/useSave";
import { CitizenTextSharing } from "./CitizenTextSharing";
import { ErrorMessage } from "./ErrorMessage";
import { LiveUpdateNotice } from "./LiveStatus";
import { Loading } from "./Loading";
import { PhaseIndicator } from "./PhaseIndicator";
import { ProgrammeChecklist } from "./ProgrammeChecklist";
import { SaveStatus } from "./SaveStatus";

/** The municipality's place in the restructuring programme: phase, preparation checklist, sharing. */
export function ProgrammeSection({ code }: { code: string }) {
  const headingId = useId();
  const { state, liveUpdates, afterSave, retry } = useProgramme(code);
  const joining = useSave();

  function join() {
    void joining.run(async () => afterSave(await joinProgramme(code)));
  }

  return (
    <section className="panel programme" aria-labelledby={headingId}>
      <h2 id={headingId}>Program</h2>
      {state.status === "loading" && <Loading text="Henter programmet …" />}
      {state.status === "forbidden" && <p>Du har ikke adgang til kommunens program.</p>}
      {state.status === "error" && <ErrorMessage onRetry={retry}>{state.message}</ErrorMessage>}
      {state.status === "ready" && (
        <>
          <LiveUpdateNotice updates={liveUpdates} subject="Programmet" />
          {state.refreshError && <ErrorMessage>Kunne ikke hente de seneste ændringer. {state.refreshError}</ErrorMessage>}
          {state.data.joined ? (
            <>
              <PhaseIndicator code={code} programme={state.data} afterSave={afterSave} />
              <ProgrammeChecklist code={code} programme={state.data} afterSave={afterSave} />
              <CitizenTextSharing code={code} programme={state.data} afterSave={afterSave} />
            </>
          ) : (
            <>
              <p>Kommunen er ikke tilmeldt programmet endnu.</p>
              {state.data.canJoin && (
                <div className="form__actions">
                  <button type="button" className="button" disabled={joining.status === "saving"} onClick={join}>
                    Tilmeld programmet
                  </button>
                  <SaveStatus save={joining} savingText="Tilmelder …" savedText="Kommunen er tilmeldt programmet" />
                </div>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
