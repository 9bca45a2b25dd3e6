using Recovery.Api.NationalProgress;

namespace Recovery.Benchmarks.NationalConsole;

/// <summary>
/// A part, not a floor: the console's reads of its three read models across tenants, by its own
/// reader, in process, with nothing built from them. The console's time above this is its own
/// computing, GraphQL and HTTP.
/// </summary>
internal sealed class MartenRead(ProgressBoard board)
{
    public async Task<int> Read(CancellationToken ct)
    {
        var (programmes, groups, rounds) = await board.Read(ct);
        return programmes.Count + groups.Count + rounds.Count;
    }
}
