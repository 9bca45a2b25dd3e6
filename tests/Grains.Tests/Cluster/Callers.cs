namespace Recovery.Grains.Tests.Cluster;

/// <summary>Test callers; <see cref="Caller.Enter"/> puts one in the Orleans request context of the current flow.</summary>
internal static class Callers
{
    public static Caller Tovholder(string municipality) => new($"p-{municipality}-tovholder", municipality, Role.Tovholder);
    public static Caller Leader(string municipality) => new($"p-{municipality}-leader", municipality, Role.StrategicLeader);
    public static Caller Citizen(string municipality) => new($"p-{municipality}-citizen", municipality, Role.Citizen);
    public static readonly Caller National = new("p-national", null, Role.NationalCoordinator);

    public static void Clear() => RequestContext.Clear();
}
