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
        await WaitUntilACommitIsBlocked();
        var during = new[] { Add(group, "i-b", Callers.Citizen(code)), Add(group, "i-c", Callers.Tovholder(code)), Add(group, "i-d", Callers.Citizen(code)) };
        // The three calls must reach the grain while the first commit is still held; nothing is asserted on time.
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        await hold.CommitAsync(Ct);
        await Task.WhenAll([first, .. during]);

        var rows = await StoredRows(code);
        Assert.NotEqual(rows["i-first"].Transaction, rows["i-b"].Transaction);
        Assert.Single(new[] { "i-b", "i-c", "i-d" }.Select(id => rows[id].Transaction).Distinct());
        Assert.Equal(
            [Callers.Tovholder(code).PersonId, Callers.Citizen(code).PersonId, Callers.Tovholder(code).PersonId, Callers.Citizen(code).PersonId],
            new[] { "i-first", "i-b", "i-c", "i-d" }.Select(id => rows[id].Actor));
    }

    private static Task<long> Add(ISteeringGroupGrain group, string itemId, Caller caller) => Task.Run(() =>
    {
        caller.Enter();
        return group.AddPlanItem(Spec.Item(itemId));
    });

    private async Task WaitUntilACommitIsBlocked()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync(Ct);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await Sql(connection, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")
                   .ExecuteScalarAsync(Ct))! == 0)
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
