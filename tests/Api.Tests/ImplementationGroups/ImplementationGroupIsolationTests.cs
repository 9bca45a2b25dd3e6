using static Recovery.Api.Tests.ImplementationGroups.GroupDocuments;

namespace Recovery.Api.Tests.ImplementationGroups;

/// <summary>Every implementation-group mutation, sent by someone without the right, is refused and stores nothing.</summary>
public sealed class ImplementationGroupIsolationTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string Slug = "tvaergaaende";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each mutation with a valid input aimed at Herning's group "myndighed".</summary>
    public static TheoryData<string, string, string> Mutations()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var persona in new[] { "roskilde-leder", "national" })
            foreach (var (field, type, _) in All) data.Add(persona, field, type);
        return data;
    }

    private static readonly (string Field, string Type, Func<object> Input)[] All =
    [
        ("establishImplementationGroup", "EstablishImplementationGroupInput", () => new { municipalityCode = "657", slug = Slug, name = "Myndighed" }),
        ("addImplementationGroupMember", "AddGroupMemberInput", () => new { municipalityCode = "657", slug = Slug, name = "Ny", role = "STAFF" }),
        ("removeImplementationGroupMember", "GroupPersonInput", () => new { municipalityCode = "657", slug = Slug, personId = "p-657-jonas" }),
        ("appointImplementationGroupTovholder", "GroupPersonInput", () => new { municipalityCode = "657", slug = Slug, personId = "p-657-jonas" }),
        ("setImplementationGroupMandate", "SetMandateInput", () => new { municipalityCode = "657", slug = Slug, mandate = "Overtaget" }),
        ("addActivity", "AddActivityInput", () => new { municipalityCode = "657", slug = Slug, title = "Fremmed", principles = new[] { 1 } }),
        ("editActivity", "EditActivityInput", () => new { municipalityCode = "657", slug = Slug, activityId = "a-1", title = "Fremmed", principles = new[] { 1 }, status = "DONE" }),
        ("restoreActivity", "RestoreActivityInput", () => new { municipalityCode = "657", slug = Slug, activityId = "a-1", version = 3 }),
        ("aimActivity", "AimActivityInput", () => new { municipalityCode = "657", slug = Slug, activityId = "a-1", figure = "READMISSIONS" }),
        ("followUpActivity", "FollowUpInput", () => new { municipalityCode = "657", slug = Slug, activityId = "a-1", note = "Fremmed" }),
        ("recordGroupDecision", "RecordGroupDecisionInput", () => new { municipalityCode = "657", slug = Slug, title = "Fremmed", actions = new[] { new { title = "X", principles = new[] { 1 } } } }),
        ("noteDriverOrBarrier", "NoteForceInput", () => new { municipalityCode = "657", slug = Slug, kind = "DRIVER", text = "Fremmed" }),
        ("removeDriverOrBarrier", "RemoveForceInput", () => new { municipalityCode = "657", slug = Slug, forceId = "k-1" }),
        ("submitGroupReport", "SubmitReportInput", () => new { municipalityCode = "657", slug = Slug, title = "Fremmed", text = "Fremmed" }),
        ("proposeTrialAction", "ProposeTrialInput", () => new { municipalityCode = "657", slug = Slug, hypothesis = "H", trial = "T" }),
        ("recordTrialLearning", "RecordLearningInput", () => new { municipalityCode = "657", slug = Slug, trialId = "t-1", learning = "Fremmed" }),
        ("promoteTrialAction", "PromoteTrialInput", () => new { municipalityCode = "657", slug = Slug, trialId = "t-1", principles = new[] { 1 } }),
    ];

    private async Task EnsureGroup()
    {
        var tovholder = api.Client("herning-tovholder");
        async Task Do(string field, string type, object input)
        {
            var response = await tovholder.GraphQLAsync(Mutation(field, type), new { input }, ct: Ct);
            Assert.True(response.Errors.Count == 0, response.ToString());
        }
        await Do("establishImplementationGroup", "EstablishImplementationGroupInput", new { municipalityCode = "657", slug = Slug, name = "Myndighed" });
        await Do("addImplementationGroupMember", "AddGroupMemberInput", new { municipalityCode = "657", slug = Slug, personId = "p-657-jonas", name = "Jonas Holm", role = "CITIZEN" });
        await Do("addActivity", "AddActivityInput", new { municipalityCode = "657", slug = Slug, id = "a-1", title = "Egen", principles = new[] { 5 } });
        await Do("noteDriverOrBarrier", "NoteForceInput", new { municipalityCode = "657", slug = Slug, id = "k-1", kind = "DRIVER", text = "Egen" });
        await Do("proposeTrialAction", "ProposeTrialInput", new { municipalityCode = "657", slug = Slug, id = "t-1", hypothesis = "H", trial = "T" });
    }

    [Fact]
    public void The_matrix_covers_every_implementation_group_mutation()
    {
        var declared = typeof(Recovery.Api.RecoveryApi).Assembly.GetTypes()
            .Where(t => t.Namespace == "Recovery.Api.ImplementationGroups" && t.Name.EndsWith("Input") && !t.IsAbstract && t.Name != "DecidedActionInput")
            .Select(t => t.Name).ToHashSet();
        Assert.Equal(declared.Order(), All.Select(m => m.Type).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Another_municipality_and_the_coordinator_change_nothing(string persona, string field, string type)
    {
        await EnsureGroup();
        var input = All.Single(m => m.Field == field).Input();

        var response = await api.StoresNothingAsync(() => api.Client(persona).GraphQLAsync(Mutation(field, type), new { input }, ct: Ct), Ct);

        Assert.Equal("FORBIDDEN", response.Code);
        Assert.False(response.HasData, response.Body);
    }

    [Fact]
    public async Task Another_municipality_cannot_read_Hernings_groups()
    {
        await EnsureGroup();
        var one = await api.Client("roskilde-leder").GraphQLAsync(WholeGroup, new { code = "657", slug = Slug }, ct: Ct);
        var all = await api.Client("roskilde-leder").GraphQLAsync(Groups, new { code = "657" }, ct: Ct);

        Assert.Equal("FORBIDDEN", one.Code);
        Assert.Equal("FORBIDDEN", all.Code);
        Assert.DoesNotContain("Egen", one.Body + all.Body);
    }
}
