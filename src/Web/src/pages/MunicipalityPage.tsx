import { useEffect, useState } from "react";
import { ApiError, messageOf } from "../api/errors";
import { fetchMunicipality } from "../api/queries";
import type { Municipality } from "../api/types";
import { ActionsOverview } from "../components/ActionsOverview";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { ImplementationGroupsSection } from "../components/implementation/ImplementationGroupsSection";
import { Loading } from "../components/Loading";
import { NoAccess } from "../components/NoAccess";
import { ProgrammeSection } from "../components/ProgrammeSection";
import { TemperatureRoundsSection } from "../components/temperature/TemperatureRoundsSection";
import { ESTABLISHING_ROLES, NATIONAL_COORDINATOR } from "../labels";
import { caseReviewsPath, citizenMeasuresPath, peoplePath, referenceNetworkPath, reportPath, staircasePath } from "../router";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";
import { SteeringGroupPage } from "./SteeringGroupPage";

type State =
  | { status: "loading" }
  | { status: "notFound"; message: string }
  | { status: "error"; message: string }
  | { status: "ready"; municipality: Municipality };

export function MunicipalityPage({ code }: { code: string }) {
  const [state, setState] = useState<State>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  usePageTitle(state.status === "ready" ? state.municipality.name : `Kommune ${code}`);

  useEffect(() => {
    let active = true;
    setState({ status: "loading" });
    fetchMunicipality(code).then(
      (municipality) => active && setState({ status: "ready", municipality }),
      (error: unknown) => {
        if (!active) return;
        const message = messageOf(error);
        const notFound = error instanceof ApiError && error.code === "NOT_FOUND";
        setState(notFound ? { status: "notFound", message } : { status: "error", message });
      },
    );
    return () => {
      active = false;
    };
  }, [code, attempt]);

  if (state.status === "loading") {
    return (
      <>
        <h1>Kommune {code}</h1>
        <Loading />
      </>
    );
  }
  if (state.status !== "ready") {
    return (
      <>
        <h1>{state.status === "notFound" ? "Kommunen findes ikke" : `Kommune ${code}`}</h1>
        {state.status === "error" ? (
          <ErrorMessage onRetry={() => setAttempt((n) => n + 1)}>{state.message}</ErrorMessage>
        ) : (
          <p>{state.message}</p>
        )}
        <p>
          <Link to="/">Tilbage til kommuner</Link>
        </p>
      </>
    );
  }

  const { municipality } = state;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">Kommuner</Link>
      </p>
      <h1>{municipality.name}</h1>
      <dl className="facts">
        <div>
          <dt>Kommunekode</dt>
          <dd>{municipality.code}</dd>
        </div>
        <div>
          <dt>Region</dt>
          <dd>{municipality.region}</dd>
        </div>
      </dl>
      <MunicipalityWork municipality={municipality} />
    </>
  );
}

/** The programme, the steering group and the implementation groups: for the municipality's own people and the national coordinator. */
function MunicipalityWork({ municipality }: { municipality: Municipality }) {
  const viewerState = useViewer();

  if (viewerState.status === "loading") return <Loading />;
  if (viewerState.status === "error") return <ErrorMessage>{viewerState.message}</ErrorMessage>;

  const { viewer } = viewerState;
  if (viewer === null) {
    return (
      <div className="message">
        <p>Du skal være logget ind for at se kommunens program og styregruppe.</p>
        <p>
          <Link to="/log-ind">Log ind</Link>
        </p>
      </div>
    );
  }

  const isNational = viewer.role === NATIONAL_COORDINATOR;
  const isOwn = viewer.municipalityCode === municipality.code;
  if (!isOwn && !isNational) return <NoAccess municipalityName={municipality.name} />;

  const canEstablish = isOwn && ESTABLISHING_ROLES.has(viewer.role);
  return (
    <div className="municipality-work" key={viewer.personId}>
      <nav aria-label="Opfølgning og målinger">
        <ul className="page-links">
          <li>
            <Link to={reportPath(municipality.code)}>Fremdriftsrapport til udskrift</Link>
          </li>
          <li>
            <Link to={staircasePath(municipality.code)}>Indsatstrappe og nøgletal</Link>
          </li>
          <li>
            <Link to={citizenMeasuresPath(municipality.code)}>Borgerrapporterede mål</Link>
          </li>
          <li>
            <Link to={caseReviewsPath(municipality.code)}>Sagsgennemgange</Link>
          </li>
          <li>
            <Link to={referenceNetworkPath(municipality.code)}>Sammenligning med referencenetværket</Link>
          </li>
          {canEstablish && (
            <li>
              <Link to={peoplePath(municipality.code)}>Kommunens personer og sletning</Link>
            </li>
          )}
        </ul>
      </nav>
      <ProgrammeSection code={municipality.code} />
      <SteeringGroupPage code={municipality.code} municipalityName={municipality.name} canEstablish={canEstablish} canExport={isOwn} />
      <ImplementationGroupsSection municipalityCode={municipality.code} canEstablish={canEstablish} />
      <ActionsOverview code={municipality.code} />
      <TemperatureRoundsSection code={municipality.code} canOpen={canEstablish} />
    </div>
  );
}
