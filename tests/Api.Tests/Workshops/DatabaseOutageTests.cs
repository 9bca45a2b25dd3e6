using Recovery.Grains.Workshops;
using Recovery.Testing;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Workshops;

/// <summary>
/// PostgreSQL goes away in the middle of a workshop: the room is told it is offline, nobody sees or is
/// told "saved" for a change that is not stored, and once PostgreSQL is back everything typed is there, once.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Edits_made_while_the_database_is_down_are_shown_to_nobody_until_they_are_stored_once_it_is_back()
    {
        await using var postgres = await PostgresServer.StartAsync(fast: true);
        await using var server = await RecoveryServer.StartAsync(postgres: postgres);
        var room = await Rooms.OpenAsync(server, await server.TokenFor("herning-tovholder"), "657", Ct);
        await using var mette = new RoomClient(server.Address, await server.TokenFor("herning-tovholder"), room.Workshop);
        await using var jonas = new RoomClient(server.Address, (await Rooms.AdmitAsync(server, room.Code, "Jonas", Ct)).Token, room.Workshop);
        await mette.ConnectAsync(Ct);
        await jonas.ConnectAsync(Ct);
        await mette.SettleAsync(jonas.Revision, TimeSpan.FromSeconds(15), Ct);
        var before = jonas.Revision;

        await postgres.StopAsync();
        foreach (var word in new[] { "kaffe ", "og ", "kage" })
            mette.Type(room.Item, ItemFields.Description, t => new TextOperationBuilder().Retain(t.Length).Insert(word).Build());
        while (jonas.Storing || mette.Storing) await Task.Delay(20, Ct);

        // The room heard that storing failed; a step is only ever sent after a successful commit.
        Assert.Equal("", jonas.Text(room.Item, ItemFields.Description));
        Assert.Equal(before, jonas.Revision);
        Assert.True(mette.HasUnsavedEdits, "Nothing may be shown as saved while PostgreSQL is down.");
        Assert.Equal("kaffe og kage", mette.Text(room.Item, ItemFields.Description));

        await postgres.StartAgainAsync();
        await mette.SettleAsync(mette.Revision, TimeSpan.FromSeconds(30), Ct);
        while (!jonas.Storing || jonas.Text(room.Item, ItemFields.Description) != "kaffe og kage") await Task.Delay(20, Ct);
        await using var late = new RoomClient(server.Address, await server.TokenFor("herning-chef"), room.Workshop);
        await late.ConnectAsync(Ct);
        Assert.Equal("kaffe og kage", late.Text(room.Item, ItemFields.Description));
        Assert.False(mette.HasUnsavedEdits);
    }
}
