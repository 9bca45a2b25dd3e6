using Microsoft.AspNetCore.SignalR;

namespace Recovery.Benchmarks.Live;

/// <summary>
/// The SignalR part of the live floor: no authentication, no grain, no access check; joining is one
/// group add, as <c>Follow</c> ends with, so a bare follower sits in a group exactly like a real one.
/// </summary>
public sealed class BareHub : Hub
{
    public const string Group = "g";

    public Task Join() => Groups.AddToGroupAsync(Context.ConnectionId, Group);
}
