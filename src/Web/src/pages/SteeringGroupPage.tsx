import { useState } from "react";
import { AsOfPicker } from "../components/AsOfPicker";
import { ErrorMessage } from "../components/ErrorMessage";
import { setSteeringGroupMandate } from "../api/mutations";
import { DecisionsSection } from "../components/DecisionsSection";
import { MandateSection } from "../components/MandateSection";
import { EstablishSteeringGroup } from "../components/EstablishSteeringGroup";
import { GroupReportsSection } from "../components/GroupReportsSection";
import { LiveStatus } from "../components/LiveStatus";
import { Loading } from "../components/Loading";
import { MembersSection } from "../components/MembersSection";
import { NoAccess } from "../components/NoAccess";
import { PlanAsOf } from "../components/PlanAsOf";
import { PlanSection } from "../components/PlanSection";
import { WorkshopsSection } from "../components/WorkshopsSection";
import { useSteeringGroup } from "../hooks/useSteeringGroup";
import { useViewer } from "../viewer";

interface SteeringGroupPageProps {
  code: string;
  municipalityName: string;
  canEstablish: boolean;
  canExport: boolean;
}

export function SteeringGroupPage({ code, municipalityName, canEstablish, canExport }: SteeringGroupPageProps) {
  const { state, live, liveUpdates, afterSave, retry } = useSteeringGroup(code);
  const [asOf, setAsOf] = useState<string | null>(null);
  const viewer = useViewer();
  // History and earlier days hold names and free text: the server shows them only to the municipality's own people.
  const insider = viewer.status === "ready" && viewer.viewer?.municipalityCode === code;

  if (state.status === "loading") return <Loading text="Henter styregruppen …" />;
  if (state.status === "forbidden") return <NoAccess municipalityName={municipalityName} />;
  if (state.status === "error") return <ErrorMessage onRetry={retry}>{state.message}</ErrorMessage>;

  const { data: group, refreshError } = state;
  return (
    <>
      <LiveStatus state={live} updates={liveUpdates} subject="Styregruppen" />
      {refreshError && <ErrorMessage>Kunne ikke hente de seneste ændringer. {refreshError}</ErrorMessage>}
      {group !== null && insider && <AsOfPicker key={asOf ?? ""} day={asOf} onPick={setAsOf} />}
      {group !== null && asOf !== null ? (
        <PlanAsOf code={code} day={asOf} onBack={() => setAsOf(null)} />
      ) : group === null ? (
        <EstablishSteeringGroup municipalityCode={code} canEstablish={canEstablish} afterSave={afterSave} />
      ) : (
        <div className="steering">
          <MembersSection
            municipalityCode={code}
            members={group.members}
            canGovern={group.canGovern}
            afterSave={afterSave}
          />
          <MandateSection
            mandate={group.mandate}
            canEdit={group.canGovern}
            onSave={async (mandate) => afterSave(await setSteeringGroupMandate({ municipalityCode: code, mandate }))}
          />
          <DecisionsSection
            municipalityCode={code}
            decisions={group.decisions}
            members={group.members}
            plan={group.developmentPlan}
            canGovern={group.canGovern}
            canExport={canExport}
            afterSave={afterSave}
          />
          <GroupReportsSection code={code} version={group.version} />
          <PlanSection
            municipalityCode={code}
            plan={group.developmentPlan}
            members={group.members}
            canEdit={group.canEditPlan}
            version={insider ? group.version : undefined}
            canExport={canExport}
            afterSave={afterSave}
          />
          <WorkshopsSection
            municipalityCode={code}
            workshops={group.workshops}
            canGovern={group.canGovern}
            afterSave={afterSave}
          />
        </div>
      )}
    </>
  );
}
