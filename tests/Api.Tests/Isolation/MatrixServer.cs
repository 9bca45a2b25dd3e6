using System.Collections.Concurrent;
using GraphQL.Types;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Recovery.Grains.Shared;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Isolation;

/// <summary>
/// The demo server with a full set of things in Herning (A) and Roskilde (B), a guest sitting in a
/// third workshop (Herning's lobby), and a token for every role in Herning.
/// </summary>
public sealed class MatrixServer : ApiServer
{
    private readonly ConcurrentDictionary<string, HttpClient> byToken = [];
    private readonly ConcurrentDictionary<(string Path, string Token), Task<HubConnection>> hubs = [];
    private string? snapshotQuery;

    public Target Herning { get; private set; } = null!;
    public Target Roskilde { get; private set; } = null!;
    public OpenRoom Lobby { get; private set; } = null!;
    public GuestPass LobbyGuest { get; private set; } = null!;
    public ISchema Schema => Server.Services.GetRequiredService<ISchema>();

    /// <summary>A token for every role but the guest's (who gets one only at a workshop's door), all in Herning but the coordinator's.</summary>
    public IReadOnlyDictionary<Role, (Caller Caller, string Token)> Roles { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var ct = TestContext.Current.CancellationToken;
        Herning = await Target.SetUpAsync(this, "657", "herning-tovholder", "p-657-mette", ct);
        Roskilde = await Target.SetUpAsync(this, "265", "roskilde-leder", "p-265-anne", ct);
        Lobby = await Rooms.OpenAsync(Client("herning-tovholder"), "657", ct);
        LobbyGuest = await Rooms.AdmitAsync(Anonymous, Lobby.Code, "Gæst fra lobbyen", ct);
        var now = DateTime.UtcNow;
        Roles = Enum.GetValues<Role>().Where(r => r != Role.Guest).ToDictionary(r => r, r =>
        {
            var caller = new Caller($"p-657-matrix-{r.ToClaim()}", r == Role.NationalCoordinator ? null : "657", r);
            return (caller, MintToken(caller.PersonId, r.ToClaim(), caller.Municipality, now.AddMinutes(-1), now.AddHours(2)));
        });
    }

    public HttpClient ClientWith(string? token) => token is null ? Anonymous : byToken.GetOrAdd(token, t => Server.Http(t));

    /// <summary>One connection per hub and token, shared by the cases; it throws for a token the hub does not accept.</summary>
    public Task<HubConnection> HubAsync(string path, string? token) => hubs.GetOrAdd((path, token ?? ""), async key =>
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.Address, key.Path), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return connection;
    });

    /// <summary>The last event's sequence number and the names stored beside events: cheap enough for every case.</summary>
    public async Task<(long LastEvent, long Events)> EventMarkAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT coalesce(max(seq_id), 0) FROM recovery.mt_events), (SELECT count(*) FROM recovery.mt_events) + (SELECT count(*) FROM recovery.mt_doc_personentry)",
            connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Every table of the store, its row count and its newest change: taken before and after the whole battery.</summary>
    public async Task<string> SnapshotAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync(ct);
        if (snapshotQuery is null)
        {
            var parts = new List<string>();
            await using (var tables = new NpgsqlCommand("""
                SELECT c.table_name, bool_or(c.column_name = 'mt_last_modified')
                FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
                WHERE c.table_schema = 'recovery' AND t.table_type = 'BASE TABLE' GROUP BY c.table_name ORDER BY c.table_name
                """, connection))
            await using (var reader = await tables.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var (table, modified) = (reader.GetString(0), reader.GetBoolean(1));
                    var newest = modified ? $"coalesce(max(mt_last_modified)::text, '')" : "''";
                    parts.Add($"(SELECT '{table}:' || count(*) || ':' || {newest} FROM recovery.\"{table}\")");
                }
            }
            snapshotQuery = $"SELECT concat_ws(' ', {string.Join(", ", parts)})";
        }
        await using var command = new NpgsqlCommand(snapshotQuery, connection);
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var hub in hubs.Values.Where(h => h.IsCompletedSuccessfully)) await hub.Result.DisposeAsync();
        foreach (var client in byToken.Values) client.Dispose();
        await base.DisposeAsync();
    }
}
