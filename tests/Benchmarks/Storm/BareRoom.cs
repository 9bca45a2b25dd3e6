using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Grains.Workshops;

namespace Recovery.Benchmarks.Storm;

/// <summary>
/// The storm's floor: the least a room can do and still be a room. No login, no grain, no order, no
/// transform, no storage: a proposal gets the group's next number and goes straight back out to the
/// group as a step of the same shape. Kestrel in the benchmark's process, like the Silo, so both share
/// its CPUs and thread pool.
/// </summary>
public sealed class BareRoom(WebApplication app, Uri address) : IAsyncDisposable
{
    public const string HubPath = "/hubs/bare-room";

    public Uri Address { get; } = address;

    public static async Task<BareRoom> StartAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        // The product's message limit, so neither side accepts what the other would refuse.
        builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 32 * 1024);
        builder.Services.AddSingleton<BareRevisions>();
        var app = builder.Build();
        app.MapHub<BareRoomHub>(HubPath);
        return new BareRoom(app, await LoopbackApp.StartAsync(app));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}

/// <summary>One counter per room, so the floor's steps carry a revision like the product's.</summary>
public sealed class BareRevisions
{
    private readonly ConcurrentDictionary<string, StrongBox> rooms = new();

    public long Next(string room) => Interlocked.Increment(ref rooms.GetOrAdd(room, _ => new StrongBox()).Value);

    private sealed class StrongBox
    {
        public long Value;
    }
}

public sealed class BareRoomHub(BareRevisions revisions) : Hub
{
    public Task Join(string workshop) => Groups.AddToGroupAsync(Context.ConnectionId, workshop);

    public async Task<Submitted> Submit(string workshop, BareProposal proposal)
    {
        var revision = revisions.Next(workshop);
        await Clients.Group(workshop).SendAsync("step", new BareStep(workshop, revision, Context.ConnectionId, proposal.Id, proposal.Command));
        return new Submitted(revision, Duplicate: false);
    }
}
