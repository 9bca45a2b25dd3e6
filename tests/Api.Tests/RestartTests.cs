using Recovery.Testing;

namespace Recovery.Api.Tests;

/// <summary>A second run of the server on the same database keeps what people did and seeds nothing again.</summary>
public sealed class RestartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_restarted_server_keeps_every_change_and_does_not_reseed()
    {
        string database;
        long eventsBefore;
        await using (var first = await RecoveryServer.StartAsync())
        {
            database = first.ConnectionString;
            using var mette = first.Http(await first.TokenFor("herning-tovholder"));
            var removed = await mette.GraphQLAsync(Documents.RemoveMember,
                new { input = new { municipalityCode = "657", personId = "p-657-ole" } }, ct: Ct);
            Assert.Empty(removed.Errors);
            eventsBefore = await EventCount(database);
        }

        await using var second = await RecoveryServer.StartAsync(database: database);
        using var again = second.Http(await second.TokenFor("herning-tovholder"));
        var group = (await again.GraphQLAsync(Documents.SteeringGroup, new { code = "657" }, ct: Ct)).At("municipality", "steeringGroup");
        Assert.DoesNotContain(group.GetProperty("members").EnumerateArray(), m => m.GetProperty("personId").GetString() == "p-657-ole");
        Assert.Equal(eventsBefore, await EventCount(database));
    }

    private static async Task<long> EventCount(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM recovery.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
