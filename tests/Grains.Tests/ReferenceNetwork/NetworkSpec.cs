using System.Collections.Immutable;
using Recovery.Grains.ReferenceNetwork;

namespace Recovery.Grains.Tests.ReferenceNetwork;

/// <summary>Given(published editions) / When(publish from these members' figures), no silo.</summary>
internal sealed class NetworkSpec
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    public static readonly Caller National = new("p-lars", null, Role.NationalCoordinator);

    public ReferenceNetworkState State { get; private set; } = ReferenceNetworkState.Initial;

    public IReadOnlyList<ReferenceNetworkEvent> Publish(PublishReferenceNetworkEdition command, Caller? actor = null)
    {
        var events = ReferenceNetworkDecider.Decide(command, State, new CommandContext(actor ?? National, Now));
        State = events.Aggregate(State, ReferenceNetworkDecider.Evolve);
        return events;
    }

    public NetworkEdition PublishEdition(PublishReferenceNetworkEdition command)
    {
        Publish(command);
        return State.Editions[^1];
    }

    /// <summary>Members with a plan share, a WHO-5 mean over <paramref name="citizens"/> citizens and a temperature mean, each from its code.</summary>
    public static PublishReferenceNetworkEdition Members(IEnumerable<int> codes, Func<int, double>? value = null, int citizens = 8) =>
        new(codes.ToImmutableDictionary(c => $"{c}", c => ImmutableDictionary<string, MetricFigure>.Empty
            .Add("plan-done", new((value ?? (x => x % 100))(c)))
            .Add("who5-mean", new((value ?? (x => x % 100))(c), citizens))
            .Add("temperature-1", new((value ?? (x => x % 100))(c) / 20))));

    public static readonly string[] Metrics = ["plan-done", "who5-mean", "temperature-1"];
}
