namespace Recovery.Benchmarks.NationalConsole;

/// <summary>
/// What one round times: the console query, its two floors (the bare read of its rows, the bare
/// GraphQL round trip) and, with <c>--parts</c>, two parts of the console: its own Marten queries
/// in process, and the query asking only for the two counts (the reader, the regions and the
/// trend are all computed for it, but no row is written out).
/// </summary>
public enum ConsoleStage { Console, BareRead, BareGraphQL, MartenRead, CountsOnly }
