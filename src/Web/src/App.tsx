import { useEffect, useRef } from "react";
import { Announcer } from "./components/Announcer";
import { Header } from "./components/Header";
import { MunicipalityList } from "./pages/MunicipalityList";
import { MunicipalityPage } from "./pages/MunicipalityPage";
import { MunicipalityProgressPage } from "./pages/MunicipalityProgressPage";
import { NationalConsolePage } from "./pages/NationalConsolePage";
import { CaseReviewListPage } from "./pages/CaseReviewListPage";
import { CaseReviewPage } from "./pages/CaseReviewPage";
import { CitizenAccessLogPage } from "./pages/CitizenAccessLogPage";
import { CitizenMeasuresPage } from "./pages/CitizenMeasuresPage";
import { CitizenPage } from "./pages/CitizenPage";
import { GuestJoinPage } from "./pages/GuestJoinPage";
import { ImplementationGroupPage } from "./pages/ImplementationGroupPage";
import { NotFound } from "./pages/NotFound";
import { ReportPage } from "./pages/ReportPage";
import { PeoplePage } from "./pages/PeoplePage";
import { QuestionnairePage } from "./pages/QuestionnairePage";
import { SignIn } from "./pages/SignIn";
import { ReferenceNetworkPage } from "./pages/ReferenceNetworkPage";
import { StaircasePage } from "./pages/StaircasePage";
import { TemperatureRoundPage } from "./pages/TemperatureRoundPage";
import { WorkshopProjectorPage } from "./pages/WorkshopProjectorPage";
import { WorkshopRoomPage } from "./pages/WorkshopRoomPage";
import { matchRoute, usePath } from "./router";
import { ViewerProvider } from "./viewer";

export function App() {
  const path = usePath();
  const route = matchRoute(path);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // Move focus to the new page so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [path]);

  return (
    <ViewerProvider>
      <a className="skip-link" href="#main">
        Gå til indhold
      </a>
      <Header />
      {/* The console's table has many columns; it may use a wide screen's width. */}
      <main id="main" ref={mainRef} tabIndex={-1} className={route.name === "nationalConsole" ? "main main--wide" : "main"}>
        {route.name === "municipalities" && <MunicipalityList />}
        {route.name === "nationalConsole" && <NationalConsolePage />}
        {route.name === "municipalityProgress" && <MunicipalityProgressPage key={route.code} code={route.code} />}
        {route.name === "signIn" && <SignIn />}
        {route.name === "municipality" && <MunicipalityPage key={route.code} code={route.code} />}
        {route.name === "implementationGroup" && (
          <ImplementationGroupPage key={`${route.code}/${route.slug}`} code={route.code} slug={route.slug} />
        )}
        {route.name === "report" && <ReportPage key={route.code} code={route.code} />}
        {route.name === "caseReviews" && <CaseReviewListPage key={route.code} code={route.code} />}
        {route.name === "caseReview" && <CaseReviewPage key={`${route.code}/${route.id}`} code={route.code} id={route.id} />}
        {route.name === "staircase" && <StaircasePage key={route.code} code={route.code} />}
        {route.name === "questionnaire" && <QuestionnairePage />}
        {route.name === "temperatureRound" && <TemperatureRoundPage key={`${route.code}/${route.id}`} code={route.code} id={route.id} />}
        {route.name === "workshop" && !route.projector && <WorkshopRoomPage key={`${route.code}/${route.id}`} code={route.code} id={route.id} />}
        {route.name === "workshop" && route.projector && (
          <WorkshopProjectorPage key={`${route.code}/${route.id}`} code={route.code} id={route.id} />
        )}
        {route.name === "guestJoin" && <GuestJoinPage key={route.guestCode} guestCode={route.guestCode} />}
        {route.name === "citizenMeasures" && <CitizenMeasuresPage key={route.code} code={route.code} />}
        {route.name === "citizenAccessLog" && <CitizenAccessLogPage key={route.code} code={route.code} />}
        {route.name === "people" && <PeoplePage key={route.code} code={route.code} />}
        {route.name === "referenceNetwork" && <ReferenceNetworkPage key={route.code} code={route.code} />}
        {route.name === "citizen" && <CitizenPage />}
        {route.name === "notFound" && <NotFound />}
      </main>
      <Announcer />
    </ViewerProvider>
  );
}
