using System.Security.Claims;
using Recovery.Api.Auth;
using Recovery.Grains.Municipalities;
using Recovery.Grains.Shared;

namespace Recovery.Api.Tests.Identity;

/// <summary>
/// The mapping over many random claim sets: a person gets the most responsible mapped role or none, never
/// a guest's; exactly one known municipality or none; and nothing else the provider sent comes through.
/// </summary>
public sealed class ClaimsMappingProperties
{
    private static readonly string[] Groups = ["g-staff", "g-leader", "g-tovholder", "g-guest-ish", "g-unknown", "tovholder", "guest"];

    private static readonly ClaimsOptions Options = new()
    {
        Role = "groups",
        Municipality = "org",
        Roles =
        [
            new() { Value = "g-staff", Role = "staff" },
            new() { Value = "g-leader", Role = "strategic-leader" },
            new() { Value = "g-tovholder", Role = "tovholder" },
        ],
        Municipalities = [new() { Value = "cvr-herning", Code = "657" }],
    };

    private static readonly Dictionary<string, Role> Mapped = new()
    {
        ["g-staff"] = Role.Staff,
        ["g-leader"] = Role.StrategicLeader,
        ["g-tovholder"] = Role.Tovholder,
    };

    private static readonly string[] Organisations = ["cvr-herning", "657", "265", "999", "cvr-unknown"];

    [Fact]
    public void Every_random_claim_set_maps_to_the_most_responsible_role_and_one_municipality_or_is_refused()
    {
        var random = new Random(9);
        for (var i = 0; i < 5_000; i++)
        {
            var groups = Groups.Where(_ => random.Next(3) == 0).ToArray();
            var organisations = Organisations.Where(_ => random.Next(4) == 0).ToArray();
            var claims = new List<Claim> { new("sub", $"p-{i}"), new("grain", "657/workshops/w-1"), new("name", "N") };
            claims.AddRange(groups.Select(g => new Claim("groups", g)));
            claims.AddRange(organisations.Select(o => new Claim("org", o)));

            var (person, refusal) = ClaimsMapping.Map(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")), Options);

            var roles = groups.Where(Mapped.ContainsKey).Select(g => Mapped[g]).ToList();
            var codes = organisations.Select(o => o == "cvr-herning" ? "657" : o).Where(MunicipalityCatalog.Exists).Distinct().ToList();
            if (roles.Count == 0) Assert.Equal(ClaimsMapping.NoRole, refusal);
            else if (codes.Count != 1) Assert.Equal(ClaimsMapping.NoMunicipality, refusal);
            else
            {
                Assert.Null(refusal);
                Assert.Equal(new MappedPerson($"p-{i}", "N", roles.Max(), codes[0]), person);
                var principal = person!.ToPrincipal("test");
                Assert.Null(principal.FindFirst(CallerClaims.Scope));
                Assert.NotEqual(Role.Guest, person.Role);
            }
        }
    }

    [Fact]
    public void Without_a_role_list_the_claim_must_hold_Recovery_role_names_and_never_gives_a_guest()
    {
        var options = new ClaimsOptions();
        foreach (var role in Enum.GetValues<Role>())
        {
            var provider = new ClaimsPrincipal(new ClaimsIdentity(
                [new("sub", "p"), new("role", role.ToClaim()), new("municipality", "657")], "test"));

            var (person, refusal) = ClaimsMapping.Map(provider, options);

            if (role == Role.Guest) Assert.Equal(ClaimsMapping.NoRole, refusal);
            else Assert.Equal(role, person!.Role);
        }
    }
}
