using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Shared;

namespace Recovery.Testing;

/// <summary>
/// Sets implementation groups up through the grain, as the API does for a signed-in person: the
/// caller is entered, and the grains' own access rules apply. Tests of other features use it so
/// they do not depend on the shape of the implementation groups' GraphQL.
/// </summary>
public static class ImplementationGroupSetup
{
    public static Caller HerningTovholder { get; } = new("p-657-mette", "657", Role.Tovholder);

    public static IImplementationGroupGrain Group(this RecoveryServer server, Caller caller, string municipality, string slug)
    {
        caller.Enter();
        return server.Services.GetRequiredService<IGrainFactory>().GetGrain<IImplementationGroupGrain>(ImplementationGroupKeys.Grain(municipality, slug));
    }

    /// <summary>A slug no other test uses.</summary>
    public static string NewSlug(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
}
