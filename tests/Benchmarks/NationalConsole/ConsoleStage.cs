namespace Recovery.Benchmarks.NationalConsole;

/// <summary>What one round times: the console query, and its two floors (the bare read of its rows, the bare GraphQL round trip).</summary>
public enum ConsoleStage { Console, BareRead, BareGraphQL }
