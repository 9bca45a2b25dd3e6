using System.Collections.Immutable;

namespace Recovery.Grains.Live;

/// <summary>
/// A compact "this stream moved to this version" message. It carries event type names, never
/// content, so it can go to every follower of a stream; clients fetch what changed by version.
/// </summary>
[GenerateSerializer, Immutable, Alias("recovery.live-notice")]
public sealed record LiveNotice(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string Stream,
    [property: Id(2)] long Version,
    [property: Id(3)] ImmutableArray<string> Events);
