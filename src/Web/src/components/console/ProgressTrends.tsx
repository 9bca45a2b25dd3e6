import type { ProgressQuarter } from "../../api/nationalProgress";
import { trendCharts } from "../../console/consoleFormat";
import { LineChart } from "../charts/LineChart";

/** The programme quarter by quarter: municipalities and workshops, finished actions, and the 0–5 temperature, each on its own scale. */
export function ProgressTrends({ quarters }: { quarters: readonly ProgressQuarter[] }) {
  if (quarters.length === 0) return <p className="empty">Der er endnu ingen tal at vise over tid.</p>;
  const charts = trendCharts(quarters);
  return (
    <>
      <LineChart
        title="Tilmeldinger og workshops pr. kvartal"
        summary="Tilmeldte kommuner i alt ved kvartalets udgang og workshops afholdt i kvartalet, ældste kvartal først."
        categoryLabel="Kvartal"
        categories={charts.categories}
        series={charts.activity}
      />
      <LineChart
        title="Færdige handlinger pr. kvartal"
        summary="Handlinger, der blev meldt færdige i kvartalet, i alle de viste kommuners planer."
        categoryLabel="Kvartal"
        categories={charts.categories}
        series={charts.actions}
      />
      <LineChart
        title="Gennemsnitlig temperatur pr. kvartal"
        summary="Gennemsnittet af de temperaturmålinger, der blev afsluttet i kvartalet, på en skala fra 0 til 5. Et kvartal uden målinger har intet punkt."
        categoryLabel="Kvartal"
        categories={charts.categories}
        series={charts.temperature}
        max={5}
      />
    </>
  );
}
