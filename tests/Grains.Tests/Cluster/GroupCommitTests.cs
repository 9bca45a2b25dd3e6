using Npgsql;
using Recovery.Grains.SteeringGroups;
using Spec = Recovery.Grains.Tests.SteeringGroups.Spec;

namespace Recovery.Grains.Tests.Cluster;

/// <summary>
/// Holds the first commit at a table lock, so the commands that arrive meanwhile must wait, and
/// then shows they were stored together, each with its own actor.
/// </summary>
[Collection(nameof(ClusterCollection))]
public sealed class GroupCommitTests(ClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Commands_arriving_during_a_commit_share_the_next_transaction_and_keep_their_own_actor()
    {
        const string code = "169";
        Callers.Tovholder(code).Enter();
        var group = fixture.Client.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(code));
        await group.Establish(new EstablishSteeringGroup());
        await group.AddMember(new AddMember(Callers.Citizen(code).PersonId, "Jonas", Role.Citizen));

        await using var blocker = new NpgsqlConnection(fixture.ConnectionString);
        await blocker.OpenAsync(Ct);
        await using var hold = await blocker.BeginTransactionAsync(Ct);
        await Sql(blocker, "LOCK TABLE recovery.mt_streams IN EXCLUSIVE MODE").ExecuteNonQueryAsync(Ct);

        var first = Add(group, "i-first", Callers.Tovholder(code));
        await WaitUntilBlocked(1);
        var during = new[] { Add(group, "i-b", Callers.Citizen(code)), Add(group, "i-c", Callers.Tovholder(code)), Add(group, "i-d", Callers.Citizen(code)) };
        // The three calls must reach the grain while the first commit is still held; nothing is asserted on time.
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        await hold.CommitAsync(Ct);
        await Task.WhenAll([first, .. during]);

        var rows = await StoredRows(code);
        Assert.NotEqual(rows["i-first"].Transaction, rows["i-b"].Transaction);
        Assert.Single(new[] { "i-b", "i-c", "i-d" }.Select(id => rows[id].Transaction).Distinct());
        Assert.Equal(
            [Callers.Tovholder(code).PersonId, Callers.Citizen(code).PersonId, Callers.Tovholder(code).PersonId, Callers.Citizen(code).PersonId],
            new[] { "i-first", "i-b", "i-c", "i-d" }.Select(id => rows[id].Actor));
    }

    [Fact]
    public async Task When_a_shared_commit_fails_nothing_of_it_is_kept_and_a_refusal_that_relied_on_it_asks_for_a_retry()
    {
        const string code = "173";
        var tovholder = Callers.Tovholder(code);
        var citizen = Callers.Citizen(code).PersonId;
        tovholder.Enter();
        var group = fixture.Client.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(code));
        await group.Establish(new EstablishSteeringGroup());
        await group.AddMember(new AddMember(citizen, "Jonas", Role.Citizen));

        // First commit (a plan item) waits at the streams table; the batch behind it then waits at the name directory.
        await using var streams = await Lock("mt_streams");
        await using var names = await Lock("mt_doc_personentry");
        var first = Add(group, "i-first", tovholder);
        await WaitUntilBlocked(1);
        // Orleans does not promise the order of concurrent calls, so each is given time to reach the
        // queue before the next is sent: the removal must be decided before the item that relies on it.
        tovholder.Enter();
        var remove = group.RemoveMember(new RemoveMember(citizen));
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        var ownedByTheRemoved = group.AddPlanItem(Spec.Item("i-owned", owner: citizen));
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        var newcomer = group.AddMember(new AddMember("p-newcomer", "Ny", Role.Staff));
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        await streams.Transaction.CommitAsync(Ct);
        await first;
        await WaitUntilBlocked(1);
        await Sql(names.Connection, "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")
            .ExecuteNonQueryAsync(Ct);

        Assert.Equal(RuleViolation.Codes.Unavailable, (await Assert.ThrowsAsync<RuleViolation>(() => remove)).Code);
        Assert.Equal(RuleViolation.Codes.Unavailable, (await Assert.ThrowsAsync<RuleViolation>(() => newcomer)).Code);
        Assert.Equal(RuleViolation.Codes.Conflict, (await Assert.ThrowsAsync<RuleViolation>(() => ownedByTheRemoved)).Code);
        await names.Transaction.CommitAsync(Ct);

        tovholder.Enter();
        var state = (await group.View()).State;
        Assert.True(state.IsMember(citizen));
        Assert.False(state.IsMember("p-newcomer"));
        Assert.Equal(["i-first"], state.Plan.Select(i => i.Id));
        await group.AddPlanItem(Spec.Item("i-owned", owner: citizen));
    }

    private sealed record HeldLock(NpgsqlConnection Connection, NpgsqlTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    private async Task<HeldLock> Lock(string table)
    {
        var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync(Ct);
        var transaction = await connection.BeginTransactionAsync(Ct);
        await Sql(connection, $"LOCK TABLE recovery.{table} IN EXCLUSIVE MODE").ExecuteNonQueryAsync(Ct);
        return new HeldLock(connection, transaction);
    }

    private static Task<long> Add(ISteeringGroupGrain group, string itemId, Caller caller) => Task.Run(() =>
    {
        caller.Enter();
        return group.AddPlanItem(Spec.Item(itemId));
    });

    private async Task WaitUntilBlocked(int commits)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync(Ct);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await Sql(connection, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")
                   .ExecuteScalarAsync(Ct))! < commits)
        {
            Assert.True(DateTime.UtcNow < deadline, "No append ever waited for the held lock.");
            await Task.Delay(20, Ct);
        }
    }

    /// <summary>Each plan item's event, with the transaction that inserted it (xmin) and its actor.</summary>
    private async Task<Dictionary<string, (string Transaction, string Actor)>> StoredRows(string tenant)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = Sql(connection,
            "SELECT data->>'ItemId', xmin::text, user_name FROM recovery.mt_events WHERE tenant_id = @tenant AND type = 'development_plan_item_added'");
        command.Parameters.AddWithValue("tenant", tenant);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new Dictionary<string, (string, string)>();
        while (await reader.ReadAsync(Ct)) rows[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
        return rows;
    }

    private static NpgsqlCommand Sql(NpgsqlConnection connection, string sql) => new(sql, connection);
}
