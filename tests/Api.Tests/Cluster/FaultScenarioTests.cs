using Recovery.Testing.Faults;
using Recovery.Testing.Processes;

namespace Recovery.Api.Tests.Cluster;

/// <summary>
/// The fault scenarios of docs/reliability.md, once each and shorter than the script runs them: real silo
/// processes, a real SIGKILL, a real PostgreSQL restart, 40 clients typing through it. Whatever the fault,
/// no acknowledged edit is lost or stored twice, nobody is told "saved" for what is not stored, every client
/// ends with the same texts, and editing resumes.
/// </summary>
public sealed class FaultScenarioTests(FaultScenarioTests.Cluster cluster) : IClassFixture<FaultScenarioTests.Cluster>
{
    private static readonly FaultPlan Short = FaultPlan.Default with
    {
        Before = TimeSpan.FromSeconds(3),
        After = TimeSpan.FromSeconds(2),
        PostgresDown = TimeSpan.FromSeconds(2),
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Killing_the_silo_of_a_workshop_with_forty_editing_clients_loses_and_duplicates_nothing_and_editing_resumes()
    {
        var outcome = await FaultScenario.RunAsync(cluster.Silos, Fault.SiloKill, Short, Log, Ct);
        AssertHeld(outcome);
        Assert.True(outcome.Reconnected >= Short.Clients / 2, $"The killed silo's clients should have failed over: {outcome}");
    }

    [Fact]
    public async Task Restarting_PostgreSQL_in_a_workshop_tells_every_client_it_is_offline_claims_nothing_saved_that_is_not_and_editing_resumes()
    {
        var outcome = await FaultScenario.RunAsync(cluster.Silos, Fault.PostgresRestart, Short, Log, Ct);
        AssertHeld(outcome);
        Assert.True(outcome.ToldOffline == outcome.Clients, $"Every client should have been told that nothing is being saved: {outcome}");
    }

    private static void AssertHeld(FaultOutcome outcome)
    {
        Assert.True(outcome.Acked > outcome.Clients, $"Too little was typed to mean anything: {outcome}");
        Assert.True(outcome.Clean, outcome.ToString());
    }

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    /// <summary>Two silo processes, a PostgreSQL and a Redis of their own; a killed silo is replaced by the next scenario.</summary>
    public sealed class Cluster : IAsyncLifetime
    {
        public SiloCluster Silos { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Silos = await SiloCluster.StartAsync(2, durable: false, TestContext.Current.CancellationToken);

        public async ValueTask DisposeAsync() => await Silos.DisposeAsync();
    }
}
