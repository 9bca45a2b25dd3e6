import { useCallback, useId, useState } from "react";
import { fetchReferenceNetwork, publishReferenceNetworkEdition, setReferenceNetworkMembership, type NetworkRow, type ReferenceNetworkPageData } from "../api/referenceNetwork";
import { DistributionChart } from "../components/charts/DistributionChart";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { Loading } from "../components/Loading";
import { SaveStatus } from "../components/SaveStatus";
import { formatDateTime } from "../format";
import { useFetched } from "../hooks/useFetched";
import { useSave } from "../hooks/useSave";
import { municipalityPath } from "../router";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

const TITLE = "Sammenligning med referencenetværket";

/** The municipality's own figures beside the reference network's distribution; join and leave for the strategic leader, publish for the coordinator. */
export function ReferenceNetworkPage({ code }: { code: string }) {
  const viewerState = useViewer();
  if (viewerState.status === "loading") return <Loading />;
  const viewer = viewerState.status === "ready" ? viewerState.viewer : null;
  if (viewer === null)
    return (
      <>
        <h1>{TITLE}</h1>
        <div className="message">
          <p>Du skal være logget ind for at se sammenligningen.</p>
          <p>
            <Link to="/log-ind">Log ind</Link>
          </p>
        </div>
      </>
    );
  // Keyed by person, so signing in as someone else never shows the previous person's view.
  return <NetworkContent key={viewer.personId} code={code} />;
}

function NetworkContent({ code }: { code: string }) {
  const [edition, setEdition] = useState<number | null>(null);
  const [state, reload] = useFetched(`${code}/${edition ?? "latest"}`, () => fetchReferenceNetwork(code, edition));
  const data = state.status === "ready" ? state.value : null;
  usePageTitle(data ? `${TITLE}: ${data.municipality.name}` : TITLE);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/">Kommuner</Link>
        {data && (
          <>
            {" › "}
            <Link to={municipalityPath(code)}>{data.municipality.name}</Link>
          </>
        )}
      </p>
      <h1>{TITLE}</h1>
      <Explanation />
      {state.status === "loading" && <Loading text="Henter sammenligningen …" />}
      {state.status === "error" && <ErrorMessage onRetry={reload}>{state.message}</ErrorMessage>}
      {state.status === "ready" && data === null && <p className="message">Der findes ingen kommune med koden {code}.</p>}
      {data && <Network code={code} data={data} edition={edition} onEdition={setEdition} reload={reload} />}
    </>
  );
}

function Explanation() {
  return (
    <details className="panel">
      <summary>Sådan er sammenligningen anonym</summary>
      <ul>
        <li>Kommuner melder sig selv ind. Kun kommunens strategiske leder kan melde kommunen ind eller ud.</li>
        <li>I ser jeres egne tal ved siden af netværkets median og den midterste halvdel (fra nedre til øvre kvartil). Ingen anden kommune nævnes, og ingen kommunes eget tal vises.</li>
        <li>Et tal bygget på færre end 5 kommuner vises ikke. Borgernes egne svar og indsatstrappen tæller kun med fra kommuner med mindst 5 borgere.</li>
        <li>
          Sammenligningen udgives i udgaver, som aldrig ændres bagefter. Har kredsen af kommuner bag et tal ændret sig med 1–4 kommuner siden en
          tidligere udgave, skjules tallet, så ingen kan regne en enkelt kommunes tal ud ved at sammenligne to udgaver.
        </li>
        <li>Melder en kommune sig ud, bliver dens tal i de udgaver, der allerede er udgivet, men bruges ikke i nye.</li>
      </ul>
    </details>
  );
}

function Network({ code, data, edition, onEdition, reload }: {
  code: string;
  data: ReferenceNetworkPageData;
  edition: number | null;
  onEdition(edition: number | null): void;
  reload(): void;
}) {
  const { network } = data;
  const save = useSave();
  const selectId = useId();
  const change = useCallback(
    (action: () => Promise<unknown>) => void save.run(async () => {
      await action();
      reload();
    }),
    [save, reload],
  );

  return (
    <>
      <section className="panel" aria-labelledby="network-membership">
        <h2 id="network-membership">Medlemskab</h2>
        <p>{network.member ? `${data.municipality.name} er med i referencenetværket.` : `${data.municipality.name} er ikke med i referencenetværket.`}</p>
        {network.mayJoin && (
          <button type="button" className="button" disabled={save.status === "saving"} onClick={() => change(() => setReferenceNetworkMembership(code, true))}>
            Meld kommunen ind i referencenetværket
          </button>
        )}
        {network.mayLeave && (
          <button type="button" className="button" disabled={save.status === "saving"} onClick={() => change(() => setReferenceNetworkMembership(code, false))}>
            Meld kommunen ud af referencenetværket
          </button>
        )}
        {network.mayPublish && (
          <button type="button" className="button" disabled={save.status === "saving"} onClick={() => change(publishReferenceNetworkEdition)}>
            Udgiv ny udgave af sammenligningen
          </button>
        )}
        <SaveStatus save={save} savingText="Arbejder …" savedText="Udført" />
      </section>
      {!network.member && !network.mayPublish && <p className="message">Når kommunen er med i netværket, ser I her jeres tal ved siden af netværkets.</p>}
      {network.editions.length > 0 && (
        <div className="field">
          <label htmlFor={selectId}>Udgave</label>
          <select id={selectId} value={edition ?? ""} onChange={(e) => onEdition(e.target.value === "" ? null : Number(e.target.value))}>
            <option value="">Seneste</option>
            {network.editions.map((e) => (
              <option key={e.id} value={e.id}>
                Udgave {e.id} ({formatDateTime(e.publishedAt)})
              </option>
            ))}
          </select>
        </div>
      )}
      {(network.member || network.mayPublish) && network.editions.length === 0 && <p className="message">Der er ikke udgivet nogen sammenligning endnu.</p>}
      {network.comparison && (
        <>
          <p>
            Udgave {network.comparison.edition}, udgivet {formatDateTime(network.comparison.publishedAt)}.
            {!network.comparison.showsOwnFigures && " Som national koordinator ser du kun netværkets fordeling, ikke kommunernes egne tal."}
          </p>
          {groups(network.comparison.rows).map(([group, rows]) => (
            <section key={group} aria-label={group}>
              <h2>{group}</h2>
              <DistributionChart
                title={network.comparison!.showsOwnFigures ? "Jeres tal og netværkets fordeling" : "Netværkets fordeling"}
                summary={summary(rows, network.comparison!.showsOwnFigures)}
                categoryLabel="Tal"
                rows={rows.map((r) => ({ label: `${r.label} (${r.unit})`, own: r.own, median: r.median, q1: r.q1, q3: r.q3, hidden: r.suppressed ?? (r.own === null ? r.ownHidden : null) }))}
                showsOwn={network.comparison!.showsOwnFigures}
                max={rows[0]?.unit === "gennemsnit 0–5" ? 5 : 100}
              />
            </section>
          ))}
        </>
      )}
    </>
  );
}

function groups(rows: NetworkRow[]): [string, NetworkRow[]][] {
  const byGroup = new Map<string, NetworkRow[]>();
  for (const row of rows) byGroup.set(row.group, [...(byGroup.get(row.group) ?? []), row]);
  return [...byGroup.entries()];
}

function summary(rows: NetworkRow[], showsOwn: boolean): string {
  const shown = rows.filter((r) => r.suppressed === null).length;
  const hidden = rows.length - shown;
  const own = showsOwn ? " Jeres eget tal står ved siden af." : "";
  return `${shown} af ${rows.length} tal viser netværkets median og midterste halvdel${hidden > 0 ? `; ${hidden} er skjult af hensyn til anonymiteten` : ""}.${own}`;
}
