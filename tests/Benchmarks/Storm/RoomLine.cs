using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Grains.Workshops;
using Recovery.Testing.Workshops;

namespace Recovery.Benchmarks.Storm;

/// <summary>
/// A participant's connection: to the workshop hub (the product) or to the bare room hub (the floor).
/// Both carry the same messages, over WebSockets only, so a failed upgrade is loud, not a slower transport.
/// </summary>
public abstract class RoomLine(HubConnection hub, string workshop) : IAsyncDisposable
{
    protected HubConnection Hub { get; } = hub;

    public string Workshop { get; } = workshop;

    /// <summary>True when the server orders and transforms the steps, so the client keeps the shared text.</summary>
    public abstract bool Sequenced { get; }

    public async Task<Caught> Open(Action<StepMessage> step, CancellationToken ct)
    {
        Hub.On<StepMessage>("step", step);
        await Hub.StartAsync(ct);
        return await Join(ct);
    }

    protected abstract Task<Caught> Join(CancellationToken ct);

    public abstract Task<Caught> CatchUp(long since, CancellationToken ct);

    public abstract Task Submit(string item, string opId, long @base, TextOperation op);

    public ValueTask DisposeAsync() => Hub.DisposeAsync();

    protected static HubConnection Connect(Uri url, string? token) => new HubConnectionBuilder()
        .WithUrl(url, HttpTransportType.WebSockets, o => o.AccessTokenProvider = () => Task.FromResult(token))
        .Build();
}

/// <summary>The product: <c>/hubs/workshop</c> with a guest's or a staff member's token.</summary>
public sealed class WorkshopLine(Uri server, string token, string workshop)
    : RoomLine(Connect(new Uri(server, "/hubs/workshop"), token), workshop)
{
    public override bool Sequenced => true;

    protected override Task<Caught> Join(CancellationToken ct) => Hub.InvokeAsync<Caught>("Join", Workshop, null, false, ct);

    public override Task<Caught> CatchUp(long since, CancellationToken ct) => Hub.InvokeAsync<Caught>("CatchUp", Workshop, since, true, ct);

    public override Task Submit(string item, string opId, long @base, TextOperation op) =>
        Hub.InvokeAsync<Submitted>("Submit", Workshop, new TextProposal(opId, @base, new TextCommand(item, TextCommand.Description, op)));
}

/// <summary>The floor: the bare room hub, which only numbers and rebroadcasts.</summary>
public sealed class BareLine(Uri bare, string workshop) : RoomLine(Connect(new Uri(bare, BareRoom.HubPath), null), workshop)
{
    public override bool Sequenced => false;

    protected override async Task<Caught> Join(CancellationToken ct)
    {
        await Hub.InvokeAsync(nameof(BareRoomHub.Join), Workshop, ct);
        return Caught.Nothing;
    }

    public override Task<Caught> CatchUp(long since, CancellationToken ct) => Task.FromResult(Caught.Nothing);

    public override Task Submit(string item, string opId, long @base, TextOperation op) =>
        Hub.InvokeAsync<Submitted>(nameof(BareRoomHub.Submit), Workshop, new TextProposal(opId, @base, new TextCommand(item, TextCommand.Description, op)));
}
