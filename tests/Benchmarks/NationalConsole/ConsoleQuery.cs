namespace Recovery.Benchmarks.NationalConsole;

/// <summary>
/// The national console's first page: every field of its contract except each row's groups and its list
/// of rounds, which the endpoint's complexity limit refuses for a page of 100 (they are one
/// municipality's detail; with them the query costs 130,807, with the rounds alone 19,812, limit 10,000).
/// </summary>
public static class ConsoleQuery
{
    private const string Counts = "planned inProgress onHold done overdue total";
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
              actions { {{Counts}} }
              workshops { planned held lastHeldAt }
              participants { {{Roles}} }
              citizensTakePart
              version
            }
            regions { region municipalities participating phases { phase title count } actions { {{Counts}} } workshopsHeld citizensTakePart temperatureMean }
            trends { quarter joined workshopsHeld temperatureRounds temperatureMean actionsDone }
          }
        }
        """;

    public const string NoOp = "{ __typename }";

    public const string CountsOnly = "{ nationalConsole(first: 100) { participating totalCount } }";
}
