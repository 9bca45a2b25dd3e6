using System.Text.Json;
using CsCheck;

namespace Recovery.Api.Tests;

/// <summary>A municipality's data is its own: others neither read nor change it, whatever they send.</summary>
public sealed class TenantIsolationTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public enum Kind { Establish, AddMember, RemoveMember, RecordDecision, AddPlanItem, EditPlanItem }

    /// <summary>The demo personas as the rules see them; all municipal personas are seeded members of their group.</summary>
    private static readonly Dictionary<string, (string? Municipality, bool Governs, bool Member)> Personas = new()
    {
        ["herning-tovholder"] = ("657", true, true),
        ["herning-chef"] = ("657", true, true),
        ["herning-borger"] = ("657", false, true),
        ["roskilde-leder"] = ("265", true, true),
        ["national"] = (null, false, false),
    };

    [Fact]
    public async Task Another_municipalitys_leader_cannot_read_Hernings_steering_group()
    {
        var response = await api.Client("roskilde-leder").GraphQLAsync(Documents.SteeringGroup, new { code = "657" }, ct: Ct);

        Assert.Equal("FORBIDDEN", response.Code);
        Assert.Equal(JsonValueKind.Null, response.At("municipality", "steeringGroup").ValueKind);
        Assert.DoesNotContain("Mette", response.Body);
    }

    [Fact]
    public async Task The_national_coordinator_sees_roles_but_no_names_and_may_change_nothing()
    {
        // Other tests in this class edit the seeded items, so this test owns the item it looks at.
        var added = await api.Client("herning-tovholder").GraphQLAsync(Documents.AddPlanItem,
            new { input = new { municipalityCode = "657", prerequisite = 3, title = "Ejet af Mette", ownerId = "p-657-mette" } }, ct: Ct);
        Assert.Empty(added.Errors);
        var response = await api.Client("national").GraphQLAsync(Documents.SteeringGroup, new { code = "657" }, ct: Ct);

        Assert.Empty(response.Errors);
        var group = response.At("municipality", "steeringGroup");
        Assert.False(group.GetProperty("canGovern").GetBoolean());
        Assert.False(group.GetProperty("canEditPlan").GetBoolean());
        var members = group.GetProperty("members").EnumerateArray().ToArray();
        Assert.Contains(members, m => m.GetProperty("role").GetString() == "TOVHOLDER");
        // Person ids may be identity-provider subjects: outsiders get positions, never the ids.
        Assert.All(members, m => Assert.StartsWith("skjult-", m.GetProperty("personId").GetString()));
        Assert.DoesNotContain("p-657-", response.Body);
        Assert.All(members, m => Assert.Equal(JsonValueKind.Null, m.GetProperty("name").ValueKind));
        Assert.All(group.GetProperty("decisions").EnumerateArray(), d => Assert.Equal(JsonValueKind.Null, d.GetProperty("recordedByName").ValueKind));
        Assert.DoesNotContain("Mette Lund", response.Body);
        var plan = await api.Client("national").GraphQLAsync(Documents.PlanItems("ownerId ownerName"), new { code = "657" }, ct: Ct);
        var items = plan.At("municipality", "steeringGroup", "developmentPlan").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray()).ToArray();
        Assert.NotEmpty(items);
        Assert.Contains(items, i => i.GetProperty("ownerId").GetString()?.StartsWith("skjult") == true);
        Assert.DoesNotContain("p-657-", plan.Body);
        Assert.All(items, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("ownerName").ValueKind));
    }

    [Fact]
    public async Task Hernings_own_tovholder_sees_the_names_the_coordinator_does_not()
    {
        var response = await api.Client("herning-tovholder").GraphQLAsync(Documents.SteeringGroup, new { code = "657" }, ct: Ct);

        var group = response.At("municipality", "steeringGroup");
        Assert.True(group.GetProperty("canGovern").GetBoolean());
        Assert.Contains(group.GetProperty("members").EnumerateArray(), m => m.GetProperty("name").GetString() == "Mette Lund");
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task An_outsider_changing_Hernings_group_is_refused_and_nothing_is_stored(string persona, Kind kind)
    {
        var (document, variables) = await Mutation(kind, "657");

        var response = await api.StoresNothingAsync(() => api.Client(persona).GraphQLAsync(document, variables, ct: Ct), Ct);

        Assert.Equal("FORBIDDEN", response.Code);
        Assert.False(response.HasData, response.Body);
    }

    [Theory]
    [InlineData("roskilde-leder", "setSteeringGroupMandate")]
    [InlineData("national", "setSteeringGroupMandate")]
    [InlineData("herning-borger", "setSteeringGroupMandate")]
    [InlineData("roskilde-leder", "restorePlanItem")]
    [InlineData("national", "restorePlanItem")]
    public async Task The_mandate_and_restores_are_refused_to_those_without_the_right_and_store_nothing(string persona, string mutation)
    {
        var (document, input) = mutation == "restorePlanItem"
            ? (Documents.RestorePlanItem, (object)new { municipalityCode = "657", itemId = "i-seed-657-2", version = 8 })
            : ("mutation($input: SetSteeringGroupMandateInput!) { setSteeringGroupMandate(input: $input) { version id } }",
                new { municipalityCode = "657", mandate = "Overtaget" });

        var response = await api.StoresNothingAsync(() => api.Client(persona).GraphQLAsync(document, new { input }, ct: Ct), Ct);

        Assert.Equal("FORBIDDEN", response.Code);
        Assert.False(response.HasData, response.Body);
    }

    public static TheoryData<string, Kind> Outsiders()
    {
        var data = new TheoryData<string, Kind>();
        foreach (var persona in new[] { "roskilde-leder", "national" })
            foreach (var kind in Enum.GetValues<Kind>()) data.Add(persona, kind);
        return data;
    }

    [Fact]
    public async Task Any_persona_may_change_a_group_only_as_the_role_rules_allow_and_refusals_store_nothing()
    {
        var gen = Gen.Select(Gen.OneOf<string>([.. Personas.Keys]), Gen.Enum<Kind>(), Gen.OneOf("657", "265"));

        await gen.SampleAsync(async (persona, kind, municipality) =>
        {
            var (document, variables) = await Mutation(kind, municipality);
            var before = await api.EventCountAsync(Ct);

            var response = await api.Client(persona).GraphQLAsync(document, variables, ct: Ct);

            var after = await api.EventCountAsync(Ct);
            var (own, governs, member) = Personas[persona];
            var allowed = own == municipality && (governs || (member && kind is Kind.AddPlanItem or Kind.EditPlanItem));
            if (allowed)
            {
                Assert.True(response.Errors.Count == 0, $"{persona} {kind} {municipality} was refused: {response}");
                // Establishing an established group is a safe no-op; everything else stores events.
                Assert.True(kind == Kind.Establish ? after == before : after > before, $"{persona} {kind} {municipality}: {before} -> {after}");
            }
            else
            {
                Assert.True(response.Codes is ["FORBIDDEN"], $"{persona} {kind} {municipality} was not refused: {response}");
                Assert.True(after == before, $"{persona} {kind} {municipality} stored events: {before} -> {after}");
            }
        }, iter: 50, threads: 1);
    }

    /// <summary>A mutation of the kind against the municipality; removal targets a member added for the purpose.</summary>
    private async Task<(string Document, object Variables)> Mutation(Kind kind, string municipality) => kind switch
    {
        Kind.Establish => (Documents.Establish, new { code = municipality }),
        Kind.AddMember => (Documents.AddMember, new { input = new { municipalityCode = municipality, name = "Ny Deltager", role = "STAFF" } }),
        Kind.RemoveMember => (Documents.RemoveMember, new { input = new { municipalityCode = municipality, personId = await NewMember(municipality) } }),
        Kind.RecordDecision => (Documents.RecordDecision,
            new { input = new { municipalityCode = municipality, id = Documents.NewId("d"), title = "Beslutning fra egenskabstest" } }),
        Kind.AddPlanItem => (Documents.AddPlanItem,
            new { input = new { municipalityCode = municipality, id = Documents.NewId("i"), prerequisite = 4, title = "Punkt fra egenskabstest" } }),
        Kind.EditPlanItem => (Documents.EditPlanItem, new
        {
            input = new
            {
                municipalityCode = municipality, itemId = municipality == "657" ? "i-seed-657-2" : "i-seed-265-1",
                title = $"Omdøbt {Guid.NewGuid():N}", status = "IN_PROGRESS",
            },
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private async Task<string> NewMember(string municipality)
    {
        var governor = municipality == "657" ? "herning-tovholder" : "roskilde-leder";
        var response = await api.Client(governor).GraphQLAsync(Documents.AddMember,
            new { input = new { municipalityCode = municipality, name = "Kortvarig Deltager", role = "STAFF" } }, ct: Ct);
        return response.At("addSteeringGroupMember", "id").GetString()!;
    }
}
