import { useCallback, useState } from "react";
import { exportPaths } from "../api/exports";
import { fetchNationalConsole } from "../api/nationalProgress";
import { ConsoleFilters } from "../components/console/ConsoleFilters";
import { CoordinatorOnly } from "../components/console/CoordinatorOnly";
import { MunicipalityTable } from "../components/console/MunicipalityTable";
import { ProgressTrends } from "../components/console/ProgressTrends";
import { RegionMap } from "../components/console/RegionMap";
import { TemperatureByPrerequisite } from "../components/console/TemperatureByPrerequisite";
import { ErrorMessage } from "../components/ErrorMessage";
import { ExportButtons } from "../components/ExportButtons";
import { LiveStatus } from "../components/LiveStatus";
import { Loading } from "../components/Loading";
import { NoAccess } from "../components/NoAccess";
import { nationalConsolePath, nationalExportQuery, nextSort, parseConsoleView, sortRows, type ConsoleView } from "../console/consoleQuery";
import { currentCursor, firstPage, nextPage, pagingFor, previousPage } from "../console/paging";
import { formatDate } from "../format";
import { useLiveQuery } from "../hooks/useLiveQuery";
import { countLabel } from "../labels";
import { navigate, useSearch } from "../router";
import { usePageTitle } from "../usePageTitle";

/** All participating municipalities on one screen, for the national coordinator. */
export function NationalConsolePage() {
  usePageTitle("National oversigt");
  return (
    <>
      <h1>National oversigt</h1>
      <p className="lead">
        Alle kommuner, der deltager i programmet: fase, tjekliste, temperatur, handlinger, workshops og borgernes deltagelse. Kun tal og
        roller – aldrig navne eller tekst.
      </p>
      <CoordinatorOnly>
        <Console />
      </CoordinatorOnly>
    </>
  );
}

function Console() {
  const view = parseConsoleView(useSearch());
  const { region, phase } = view;
  const filter = `${region}|${phase}`;
  const [seen, setPaging] = useState(() => firstPage(filter));
  const paging = pagingFor(seen, filter);
  const after = currentCursor(paging);
  const fetch = useCallback(() => fetchNationalConsole({ region, phase, after }), [region, phase, after]);
  const { state, stale, live, liveUpdates, retry } = useLiveQuery(`${filter}|${after}`, fetch, "national");

  function show(next: Partial<ConsoleView>) {
    navigate(nationalConsolePath({ ...view, ...next }));
  }

  return (
    <>
      <LiveStatus state={live} updates={liveUpdates} subject="Oversigten" />
      <ConsoleFilters
        region={region}
        phase={phase}
        onRegion={(r) => show({ region: r })}
        onPhase={(p) => show({ phase: p })}
      />
      {(state.status === "loading" || stale) && <Loading text="Henter oversigten …" />}
      {state.status === "error" && <ErrorMessage onRetry={state.retry ? retry : undefined}>{state.message}</ErrorMessage>}
      {state.status === "forbidden" && <NoAccess>Kun for den nationale koordinator.</NoAccess>}
      {state.status === "ready" && (
        <>
          {state.refreshError && <ErrorMessage onRetry={retry}>{state.refreshError}</ErrorMessage>}
          <section className="console-section" aria-labelledby="console-municipalities">
            <h2 id="console-municipalities">Kommuner</h2>
            <p className="count" role="status">
              {state.data.totalCount === state.data.participating
                ? `${countLabel(state.data.participating, "kommune", "kommuner")} deltager`
                : `${state.data.totalCount} af ${countLabel(state.data.participating, "deltagende kommune", "deltagende kommuner")} matcher filtrene`}
            </p>
            <p className="hint">En handling er forsinket, når fristen var før {formatDate(state.data.asOf)}, og den ikke er færdig.</p>
            <ExportButtons
              path={exportPaths.nationalMunicipalities()}
              query={nationalExportQuery(view)}
              subject="tabellen over kommuner"
              verb="Hent"
            />
            {state.data.municipalities.length === 0 ? (
              <p className="empty">
                {state.data.participating === 0 ? "Ingen kommuner er tilmeldt programmet endnu." : "Ingen deltagende kommuner matcher filtrene."}
              </p>
            ) : (
              <>
                <MunicipalityTable
                  rows={sortRows(state.data.municipalities, view.sort)}
                  sort={view.sort}
                  onSort={(key) => show({ sort: nextSort(view.sort, key) })}
                />
                <TemperatureByPrerequisite rows={state.data.municipalities} />
              </>
            )}
            {(paging.cursors.length > 1 || state.data.pageInfo.hasNextPage) && (
              <nav className="pager" aria-label="Sider">
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={paging.cursors.length < 2}
                  onClick={() => setPaging(previousPage(paging))}
                >
                  Forrige side
                </button>
                <span>Side {paging.cursors.length}</span>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={!state.data.pageInfo.hasNextPage}
                  onClick={() => setPaging(nextPage(paging, state.data.pageInfo.endCursor))}
                >
                  Næste side
                </button>
              </nav>
            )}
          </section>
          <section className="console-section" aria-labelledby="console-regions">
            <h2 id="console-regions">Regioner</h2>
            <RegionMap regions={state.data.regions} selected={region} onSelect={(r) => show({ region: r })} />
          </section>
          <section className="console-section" aria-labelledby="console-trends">
            <h2 id="console-trends">Udvikling over tid</h2>
            <ProgressTrends quarters={state.data.trends} />
          </section>
        </>
      )}
    </>
  );
}
