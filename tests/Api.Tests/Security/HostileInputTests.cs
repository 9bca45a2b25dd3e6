using Recovery.Testing;
using Recovery.Testing.Fuzzing;

namespace Recovery.Api.Tests.Security;

/// <summary>
/// The hostile-input battery of docs/security.md at a small count (./fuzz.sh runs 100,000 of each): malformed
/// GraphQL requests and SignalR frames and operations get no server error, leave the server answering and
/// change nothing stored. A new seed every run, printed on failure so the run can be replayed.
/// </summary>
public sealed class HostileInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hostile_requests_and_frames_get_clear_refusals_and_change_nothing()
    {
        var errors = new ErrorLog();
        await using var server = await RecoveryServer.StartAsync(settings: HostileInput.ServerSettings, errorLog: errors);
        var plan = new FuzzPlan(Random.Shared.Next(), GraphQLCases: 500, HubCases: 2_500, Workers: 4);

        var report = await HostileInput.RunAsync(server, plan, errors, _ => { }, Ct);

        TestContext.Current.TestOutputHelper?.WriteLine(report.Render());
        Assert.True(report.Clean, report.Problems());
        // The batteries reached what they aim at: the endpoint's refusals, the hubs' own size limit, the room's rules.
        Assert.Contains(report.GraphQL.Keys, k => k.StartsWith("400 ", StringComparison.Ordinal));
        Assert.Contains("413 REQUEST_TOO_LARGE", report.GraphQL.Keys);
        Assert.Contains("REQUEST_TOO_LARGE", report.Hub.Keys);
        Assert.Contains("VALIDATION", report.Hub.Keys);
        Assert.Contains(report.Hub.Keys, k => k.StartsWith("afvist ved døren (401)", StringComparison.Ordinal));
    }
}
