using Recovery.Grains.Workshops;
using Recovery.Testing;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Workshops;

/// <summary>PostgreSQL goes away in the middle of a workshop: typing goes on, nobody is told "saved", and nothing is lost.</summary>
public sealed class DatabaseOutageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Edits_made_while_the_database_is_down_are_shown_as_unsaved_and_stored_once_it_is_back()
    {
        await using var postgres = await PostgresServer.StartAsync(fast: true);
        await using var server = await RecoveryServer.StartAsync(postgres: postgres);
        var room = await Rooms.OpenAsync(server, await server.TokenFor("herning-tovholder"), "657", Ct);
        await using var mette = new RoomClient(server.Address, await server.TokenFor("herning-tovholder"), room.Workshop);
        await using var jonas = new RoomClient(server.Address, (await Rooms.AdmitAsync(server, room.Code, "Jonas", Ct)).Token, room.Workshop);
        await mette.ConnectAsync(Ct);
        await jonas.ConnectAsync(Ct);
        await mette.SettleAsync(jonas.Revision, TimeSpan.FromSeconds(15), Ct);

        await postgres.StopAsync();
        foreach (var word in new[] { "kaffe ", "og ", "kage" })
            mette.Type(room.Item, ItemFields.Description, t => new TextOperationBuilder().Retain(t.Length).Insert(word).Build());
        while (jonas.Text(room.Item, ItemFields.Description) != "kaffe og kage") await Task.Delay(20, Ct);

        Assert.True(mette.HasUnsavedEdits, "Nothing may be shown as saved while PostgreSQL is down.");
        Assert.True(mette.Saved < mette.Revision);

        await postgres.StartAgainAsync();
        await mette.SettleAsync(mette.Revision, TimeSpan.FromSeconds(30), Ct);
        await using var late = new RoomClient(server.Address, await server.TokenFor("herning-chef"), room.Workshop);
        await late.ConnectAsync(Ct);
        Assert.Equal("kaffe og kage", late.Text(room.Item, ItemFields.Description));
        Assert.False(mette.HasUnsavedEdits);
    }
}
