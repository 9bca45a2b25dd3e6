import { useId } from "react";
import type { RegionProgress } from "../../api/nationalProgress";
import { formatMean, phasesText } from "../../console/consoleFormat";
import { countryTotals, regionTiles } from "../../console/regions";
import { countLabel } from "../../labels";

interface Props {
  regions: readonly RegionProgress[];
  selected: string | null;
  onSelect(region: string | null): void;
}

/**
 * Denmark's five regions as cards placed roughly where they lie (a CSS grid; one column on a
 * phone). Every fact is written out, so the map needs no colour or shape to be read.
 */
export function RegionMap({ regions, selected, onSelect }: Props) {
  const tiles = regionTiles(regions);
  const totals = countryTotals(tiles);
  const summaryId = useId();
  return (
    <>
      <p id={summaryId}>
        {totals.participating} af {countLabel(totals.municipalities, "kommune", "kommuner")} deltager.{" "}
        {countLabel(totals.overdue, "forsinket handling", "forsinkede handlinger")} i alt, {totals.workshopsHeld} afholdte workshops, og
        borgere deltager i {countLabel(totals.citizensTakePart, "kommune", "kommuner")}.
      </p>
      <ul className="region-map" aria-describedby={summaryId}>
        {tiles.map((tile) => {
          const isSelected = tile.region === selected;
          return (
            <li
              key={tile.region}
              className={isSelected ? "region-tile region-tile--selected" : "region-tile"}
              style={{ gridArea: tile.area }}
            >
              <h3>
                {tile.region}
                {isSelected && <span className="region-tile__chosen"> (valgt)</span>}
              </h3>
              <dl className="region-tile__facts">
                <div>
                  <dt>Deltager</dt>
                  <dd>
                    {tile.participating} af {tile.municipalities}
                  </dd>
                </div>
                <div>
                  <dt>Faser</dt>
                  <dd>{phasesText(tile.phases)}</dd>
                </div>
                <div>
                  <dt>Forsinkede handlinger</dt>
                  <dd>
                    {tile.actions.overdue > 0 && <span aria-hidden="true">⚠ </span>}
                    {tile.actions.overdue}
                  </dd>
                </div>
                <div>
                  <dt>Workshops afholdt</dt>
                  <dd>{tile.workshopsHeld}</dd>
                </div>
                <div>
                  <dt>Med borgere</dt>
                  <dd>{countLabel(tile.citizensTakePart, "kommune", "kommuner")}</dd>
                </div>
                <div>
                  <dt>Gns. temperatur</dt>
                  <dd>{formatMean(tile.temperatureMean)}</dd>
                </div>
              </dl>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => onSelect(isSelected ? null : tile.region)}
              >
                {isSelected ? "Vis alle regioner" : `Vis kun ${tile.region}`}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
