using Recovery.Api.Auth;
using Recovery.Api.Demo;
using Recovery.Api.Demo.Country;
using Recovery.Grains.Shared;
using Recovery.Testing;
using Microsoft.Extensions.Options;

namespace Recovery.Benchmarks.Country;

/// <summary>
/// Which municipality the n-th room is in, and a tovholder's token for it. Herning (hand-seeded by the
/// demo) and Roskilde (left for a visitor to join, so not seeded) come first, then the country seeding's
/// own, so even a run of three rooms has one of each kind.
/// </summary>
public static class CountryMunicipalities
{
    public static IReadOnlyList<string> Codes { get; } = [.. DemoCountry.HandSeeded.Order(), .. DemoCountry.AllCodes];

    /// <summary>The demo's own issuer with the key the cluster was given, so the silos accept its tokens as theirs.</summary>
    private static readonly DemoIssuer Issuer = new(
        Options.Create(new AuthOptions { DemoSigningKey = RecoveryServer.SigningKey }), TimeProvider.System);

    /// <summary>A tovholder there: governs its plan and workshops, as the demo's herning-tovholder does Herning's.</summary>
    public static string Tovholder(string code) =>
        Issuer.Issue(new DemoPersona($"bench-{code}", $"p-{code}-bench", "Benchmark Tovholder", Role.Tovholder, code));
}
