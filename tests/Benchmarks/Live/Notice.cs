// The record's own Tenant property hides the type inside it.
using Bench = Recovery.Benchmarks.Mutation;

namespace Recovery.Benchmarks.Live;

/// <summary>
/// The <c>changed</c> message as followers receive it (the shape of the server's <c>LiveNotice</c>).
/// The bare floor sends the same shape and size, with a marker in place of the version.
/// </summary>
public sealed record Notice(string Tenant, string Stream, long Version, string[] Events)
{
    public const string Method = "changed";
    public const string Stream657 = "steering:" + Bench.Tenant.Shared;

    public static Notice Bare(long marker) => new(Bench.Tenant.Shared, Stream657, marker, ["development_plan_item_added"]);
}
