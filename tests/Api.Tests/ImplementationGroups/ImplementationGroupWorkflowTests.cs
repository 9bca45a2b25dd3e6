using System.Text.Json;
using static Recovery.Api.Tests.ImplementationGroups.GroupDocuments;

namespace Recovery.Api.Tests.ImplementationGroups;

/// <summary>A tovholder runs an implementation group through the API, and the rules hold per role.</summary>
public sealed class ImplementationGroupWorkflowTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<GraphQLResponse> Send(string persona, string field, string inputType, object input) =>
        await api.Client(persona).GraphQLAsync(Mutation(field, inputType), new { input }, ct: Ct);

    private async Task<string> Ok(string persona, string field, string inputType, object input)
    {
        var response = await Send(persona, field, inputType, input);
        Assert.True(response.Errors.Count == 0, $"{field}: {response}");
        return response.At(field, "id").GetString() ?? "";
    }

    private async Task<JsonElement> Group(string persona, string slug)
    {
        var response = await api.Client(persona).GraphQLAsync(WholeGroup, new { code = "657", slug }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.At("municipality", "implementationGroup");
    }

    /// <summary>A fresh group with the citizen Jonas as a member; returns its slug.</summary>
    private async Task<string> NewGroup()
    {
        var slug = $"bostoette-{Guid.NewGuid():N}"[..30];
        await Ok("herning-tovholder", "establishImplementationGroup", "EstablishImplementationGroupInput",
            new { municipalityCode = "657", slug, name = "Bostøtte", focus = "Socialpædagogisk støtte efter § 85" });
        await Ok("herning-tovholder", "addImplementationGroupMember", "AddGroupMemberInput",
            new { municipalityCode = "657", slug, personId = "p-657-jonas", name = "Jonas Holm", role = "CITIZEN" });
        return slug;
    }

    [Fact]
    public async Task A_decision_creates_its_action_in_one_step_and_the_action_links_back()
    {
        var slug = await NewGroup();
        var decision = await Ok("herning-tovholder", "recordGroupDecision", "RecordGroupDecisionInput", new
        {
            municipalityCode = "657", slug, title = "Vi åbner en recovery-café", rationale = "Borgerne efterspørger et fælles sted.",
            actions = new[] { new { title = "Find lokaler", principles = new[] { 3, 6 }, ownerId = "p-657-jonas", due = "2026-05-01" } },
        });

        var group = await Group("herning-tovholder", slug);
        var activity = Assert.Single(group.GetProperty("activities").EnumerateArray());
        Assert.Equal(decision, activity.GetProperty("decisionId").GetString());
        Assert.Equal([3, 6], activity.GetProperty("principles").EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("Jonas Holm", activity.GetProperty("ownerName").GetString());
        var recorded = Assert.Single(group.GetProperty("decisions").EnumerateArray());
        Assert.Equal([activity.GetProperty("id").GetString()], recorded.GetProperty("activityIds").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Mette Lund", recorded.GetProperty("recordedByName").GetString());
    }

    [Fact]
    public async Task A_citizen_member_edits_the_plan_but_not_the_membership()
    {
        var slug = await NewGroup();
        var activity = await Ok("herning-borger", "addActivity", "AddActivityInput",
            new { municipalityCode = "657", slug, title = "Peer-samtaler", principles = new[] { 1 } });
        await Ok("herning-borger", "editActivity", "EditActivityInput",
            new { municipalityCode = "657", slug, activityId = activity, title = "Peer-samtaler", principles = new[] { 1, 4 }, status = "IN_PROGRESS" });

        var refused = await api.StoresNothingAsync(() => Send("herning-borger", "addImplementationGroupMember", "AddGroupMemberInput",
            new { municipalityCode = "657", slug, name = "Ny", role = "STAFF" }), Ct);

        Assert.Equal("FORBIDDEN", refused.Code);
        var edited = Assert.Single((await Group("herning-borger", slug)).GetProperty("activities").EnumerateArray());
        Assert.Equal("IN_PROGRESS", edited.GetProperty("status").GetString());
        Assert.False((await Group("herning-borger", slug)).GetProperty("canGovern").GetBoolean());
    }

    [Fact]
    public async Task The_national_coordinator_sees_progress_but_not_a_citizens_words_or_anyones_name()
    {
        var slug = await NewGroup();
        await Ok("herning-borger", "addActivity", "AddActivityInput",
            new { municipalityCode = "657", slug, title = "Jonas' egen idé om naboskab", principles = new[] { 3 }, ownerId = "p-657-jonas" });
        await Ok("herning-tovholder", "addActivity", "AddActivityInput",
            new { municipalityCode = "657", slug, title = "Kursus i recovery for personalet", principles = new[] { 7 }, status = "DONE" });

        var response = await api.Client("national").GraphQLAsync(WholeGroup, new { code = "657", slug }, ct: Ct);

        Assert.Empty(response.Errors);
        Assert.DoesNotContain("Jonas", response.Body);
        Assert.DoesNotContain("p-657-", response.Body);
        var activities = response.At("municipality", "implementationGroup", "activities").EnumerateArray().ToArray();
        Assert.Equal([true, false], activities.Select(a => a.GetProperty("withheld").GetBoolean()));
        Assert.Equal(["", "Kursus i recovery for personalet"], activities.Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(["PLANNED", "DONE"], activities.Select(a => a.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_trial_action_is_promoted_to_an_activity()
    {
        var slug = await NewGroup();
        var trial = await Ok("herning-borger", "proposeTrialAction", "ProposeTrialInput", new
        {
            municipalityCode = "657", slug, hypothesis = "Flere kommer, hvis en peer tager imod",
            trial = "En peer tager imod i fire uger", ownerId = "p-657-jonas", until = "2026-04-30",
        });
        await Ok("herning-borger", "recordTrialLearning", "RecordLearningInput", new { municipalityCode = "657", slug, trialId = trial, learning = "Dobbelt så mange kom." });
        var activity = await Ok("herning-tovholder", "promoteTrialAction", "PromoteTrialInput", new { municipalityCode = "657", slug, trialId = trial, principles = new[] { 4 } });

        var group = await Group("herning-tovholder", slug);
        Assert.Equal(activity, Assert.Single(group.GetProperty("trialActions").EnumerateArray()).GetProperty("promotedTo").GetString());
        var promoted = Assert.Single(group.GetProperty("activities").EnumerateArray());
        Assert.Equal((trial, "2026-04-30"), (promoted.GetProperty("trialId").GetString(), promoted.GetProperty("due").GetString()));
    }

    [Fact]
    public async Task Drivers_barriers_reports_and_follow_ups_are_kept_with_who_and_when()
    {
        var slug = await NewGroup();
        var activity = await Ok("herning-tovholder", "addActivity", "AddActivityInput", new { municipalityCode = "657", slug, title = "Café", principles = new[] { 3 } });
        await Ok("herning-borger", "followUpActivity", "FollowUpInput", new { municipalityCode = "657", slug, activityId = activity, note = "Ti kom første gang." });
        await Ok("herning-borger", "noteDriverOrBarrier", "NoteForceInput", new { municipalityCode = "657", slug, kind = "BARRIER", text = "Travlhed" });
        await Ok("herning-tovholder", "submitGroupReport", "SubmitReportInput", new { municipalityCode = "657", slug, title = "Status marts", text = "Caféen kører." });

        var group = await Group("herning-tovholder", slug);
        var followUp = Assert.Single(Assert.Single(group.GetProperty("activities").EnumerateArray()).GetProperty("followUps").EnumerateArray());
        Assert.Equal("Jonas Holm", followUp.GetProperty("byName").GetString());
        Assert.Equal("BARRIER", Assert.Single(group.GetProperty("driversAndBarriers").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal("Mette Lund", Assert.Single(group.GetProperty("reports").EnumerateArray()).GetProperty("submittedByName").GetString());
    }

    [Theory]
    [InlineData("Bostøtte")]
    [InlineData("../steering")]
    [InlineData("")]
    public async Task A_malformed_slug_is_refused_before_any_grain(string slug)
    {
        var response = await api.StoresNothingAsync(() => Send("herning-tovholder", "establishImplementationGroup", "EstablishImplementationGroupInput",
            new { municipalityCode = "657", slug, name = "X" }), Ct);
        Assert.Equal("VALIDATION", response.Code);
    }
}

