import { ErrorMessage } from "../components/ErrorMessage";
import { DecisionsSection } from "../components/DecisionsSection";
import { EstablishSteeringGroup } from "../components/EstablishSteeringGroup";
import { GroupReportsSection } from "../components/GroupReportsSection";
import { LiveStatus } from "../components/LiveStatus";
import { Loading } from "../components/Loading";
import { MembersSection } from "../components/MembersSection";
import { NoAccess } from "../components/NoAccess";
import { PlanSection } from "../components/PlanSection";
import { WorkshopsSection } from "../components/WorkshopsSection";
import { useSteeringGroup } from "../hooks/useSteeringGroup";

interface SteeringGroupPageProps {
  code: string;
  municipalityName: string;
  canEstablish: boolean;
  canExport: boolean;
}

export function SteeringGroupPage({ code, municipalityName, canEstablish, canExport }: SteeringGroupPageProps) {
  const { state, live, liveUpdates, afterSave, retry } = useSteeringGroup(code);

  if (state.status === "loading") return <Loading text="Henter styregruppen …" />;
  if (state.status === "forbidden") return <NoAccess municipalityName={municipalityName} />;
  if (state.status === "error") return <ErrorMessage onRetry={retry}>{state.message}</ErrorMessage>;

  const { data: group, refreshError } = state;
  return (
    <>
      <LiveStatus state={live} updates={liveUpdates} subject="Styregruppen" />
      {refreshError && <ErrorMessage>Kunne ikke hente de seneste ændringer. {refreshError}</ErrorMessage>}
      {group === null ? (
        <EstablishSteeringGroup municipalityCode={code} canEstablish={canEstablish} afterSave={afterSave} />
      ) : (
        <div className="steering">
          <MembersSection
            municipalityCode={code}
            members={group.members}
            canGovern={group.canGovern}
            afterSave={afterSave}
          />
          <DecisionsSection
            municipalityCode={code}
            decisions={group.decisions}
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
