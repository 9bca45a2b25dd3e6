namespace Recovery.Benchmarks.NationalConsole;

/// <summary>The national console's first page with every field of its contract, as the coordinator's page could ask for it.</summary>
public static class ConsoleQuery
{
    private const string Counts = "planned inProgress done overdue total";
    private const string Roles = "role label count";
    private const string Snapshot = "closedAt questionnaireVersion respondents mean results { prerequisite title mean }";

    public const string Text = $$"""
        query {
          nationalConsole(first: 100) {
            asOf participating totalCount
            pageInfo { hasNextPage endCursor }
            municipalities {
              code name region phase phaseTitle joinedAt checklistDone checklistTotal
              lastTemperatureRound { {{Snapshot}} }
              temperatureRounds { {{Snapshot}} }
              actions { {{Counts}} }
              workshops { planned held lastHeldAt }
              participants { {{Roles}} }
              citizensTakePart
              groups {
                kind name members participants { {{Roles}} } actions { {{Counts}} }
                topics { kind number title actions { {{Counts}} } }
                workshopsHeld
              }
              version
            }
            regions { region municipalities participating phases { phase title count } actions { {{Counts}} } workshopsHeld citizensTakePart temperatureMean }
            trends { quarter joined workshopsHeld temperatureRounds temperatureMean actionsDone }
          }
        }
        """;

    public const string NoOp = "{ __typename }";
}
