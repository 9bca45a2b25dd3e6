import { useCallback } from "react";
import { fetchQuestionnaires } from "../api/temperature";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { Loading } from "../components/Loading";
import { PublishQuestionnaireForm } from "../components/temperature/PublishQuestionnaireForm";
import { useFetched } from "../hooks/useFetched";
import { NATIONAL_COORDINATOR, prerequisiteTitles } from "../labels";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

/** The temperature questionnaire's current wording and earlier versions; the national coordinator publishes the next. */
export function QuestionnairePage() {
  usePageTitle("Temperaturmålingens spørgeskema");
  const [versions, reload] = useFetched("questionnaires", fetchQuestionnaires);
  const viewerState = useViewer();
  const isCoordinator = viewerState.status === "ready" && viewerState.viewer?.role === NATIONAL_COORDINATOR;
  const published = useCallback(() => reload(), [reload]);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/">Kommuner</Link>
      </p>
      <h1>Temperaturmålingens spørgeskema</h1>
      <p>
        2–3 udsagn for hver af de otte organisatoriske forudsætninger, besvaret 0–5 (5 mest positivt). Nye målinger bruger den nyeste version;
        en måling husker altid den version, den blev besvaret på.
      </p>
      {versions.status === "loading" && <Loading text="Henter spørgeskemaet …" />}
      {versions.status === "error" && <ErrorMessage onRetry={reload}>{versions.message}</ErrorMessage>}
      {versions.status === "ready" && versions.value[0] && (
        <>
          {isCoordinator && <PublishQuestionnaireForm current={versions.value[0]} onPublished={published} />}
          {versions.value.map((version, index) => (
            <details key={version.version} className="panel" open={index === 0}>
              <summary>
                <h2 className="inline-heading">
                  Version {version.version}
                  {index === 0 ? " (gældende)" : ""}
                </h2>
              </summary>
              {Object.entries(prerequisiteTitles).map(([number, title]) => (
                <section key={number}>
                  <h3>
                    {number}. {title}
                  </h3>
                  <ol>
                    {version.statements
                      .filter((s) => s.prerequisite === Number(number))
                      .map((s) => (
                        <li key={s.id}>{s.text}</li>
                      ))}
                  </ol>
                </section>
              ))}
            </details>
          ))}
        </>
      )}
    </>
  );
}
