using System.Text.Json;
using static Recovery.Api.Tests.ImplementationGroups.GroupDocuments;

namespace Recovery.Api.Tests.ImplementationGroups;

/// <summary>An activity's history in plain Danish, the plan as it was on a day, and restoring without rewriting history.</summary>
public sealed class ActivityHistoryTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string History = """
        query($code: String!, $slug: String!, $itemId: ID) {
          municipality(code: $code) { implementationGroup(slug: $slug) { version history(itemId: $itemId, first: 200) { version at actorName actorRole text sentence } } }
        }
        """;

    private const string AsOf = """
        query($code: String!, $slug: String!, $asOf: String) {
          municipality(code: $code) { implementationGroup(slug: $slug, asOf: $asOf) { asOf canEditPlan activities { id title status } } }
        }
        """;

    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private static DateOnly CopenhagenToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Copenhagen).DateTime);

    private async Task Ok(string persona, string field, string type, object input)
    {
        var response = await api.Client(persona).GraphQLAsync(Mutation(field, type), new { input }, ct: Ct);
        Assert.True(response.Errors.Count == 0, $"{field}: {response}");
    }

    private async Task<JsonElement[]> HistoryOf(string persona, string slug, string itemId)
    {
        var response = await api.Client(persona).GraphQLAsync(History, new { code = "657", slug, itemId }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return [.. response.At("municipality", "implementationGroup", "history").EnumerateArray()];
    }

    private async Task<string> GroupWithEditedActivity()
    {
        var slug = $"historik-{Guid.NewGuid():N}"[..20];
        await Ok("herning-tovholder", "establishImplementationGroup", "EstablishImplementationGroupInput", new { municipalityCode = "657", slug, name = "Historik" });
        await Ok("herning-tovholder", "addImplementationGroupMember", "AddGroupMemberInput",
            new { municipalityCode = "657", slug, personId = "p-657-jonas", name = "Jonas Holm", role = "CITIZEN" });
        await Ok("herning-tovholder", "addActivity", "AddActivityInput", new { municipalityCode = "657", slug, id = "a-1", title = "Husmøder", principles = new[] { 4 } });
        await Ok("herning-tovholder", "editActivity", "EditActivityInput",
            new { municipalityCode = "657", slug, activityId = "a-1", title = "Husmøder hver måned", principles = new[] { 4, 8 }, status = "IN_PROGRESS" });
        return slug;
    }

    [Fact]
    public async Task An_activitys_history_reads_in_plain_Danish_newest_first()
    {
        var slug = await GroupWithEditedActivity();

        var entries = await HistoryOf("herning-tovholder", slug, "a-1");
        var lines = entries.Select(l => l.GetProperty("sentence").GetString()!).ToArray();

        // The day each change was stored on in Copenhagen: the four may straddle midnight.
        var days = entries.Select(e => TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(e.GetProperty("at").GetString()!), Copenhagen)
            .ToString("d. MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("da-DK"))).ToArray();
        Assert.Equal([
            $"Mette Lund (tovholder) ændrede status fra Planlagt til I gang, {days[0]}",
            $"Mette Lund (tovholder) knyttede aktiviteten til princip 4 og 8, {days[1]}",
            $"Mette Lund (tovholder) omdøbte aktiviteten fra \"Husmøder\" til \"Husmøder hver måned\", {days[2]}",
            $"Mette Lund (tovholder) tilføjede aktiviteten \"Husmøder\", {days[3]}"], lines);
    }

    [Fact]
    public async Task Restoring_an_earlier_version_is_a_new_step_in_history_and_rewrites_nothing()
    {
        var slug = await GroupWithEditedActivity();
        var added = (await HistoryOf("herning-tovholder", slug, "a-1")).Last().GetProperty("version").GetInt32();
        var before = await api.EventCountAsync(Ct);

        await Ok("herning-borger", "restoreActivity", "RestoreActivityInput", new { municipalityCode = "657", slug, activityId = "a-1", version = added });

        var group = await api.Client("herning-tovholder").GraphQLAsync(WholeGroup, new { code = "657", slug }, ct: Ct);
        var activity = Assert.Single(group.At("municipality", "implementationGroup", "activities").EnumerateArray());
        Assert.Equal(("Husmøder", "PLANNED", 1), (activity.GetProperty("title").GetString(), activity.GetProperty("status").GetString(),
            activity.GetProperty("principles").GetArrayLength()));
        var history = await HistoryOf("herning-tovholder", slug, "a-1");
        Assert.Equal(8, history.Length);
        Assert.StartsWith("Jonas Holm (borger) gendannede aktiviteten til versionen fra", history.Select(h => h.GetProperty("sentence").GetString()).ElementAt(3));
        Assert.True(await api.EventCountAsync(Ct) > before);
    }

    [Fact]
    public async Task The_plan_as_it_was_yesterday_and_today_is_read_only()
    {
        var slug = await GroupWithEditedActivity();
        var today = CopenhagenToday();

        var now = await api.Client("herning-tovholder").GraphQLAsync(AsOf, new { code = "657", slug, asOf = today.AddDays(1).ToString("yyyy-MM-dd") }, ct: Ct);
        var before = await api.Client("herning-tovholder").GraphQLAsync(AsOf, new { code = "657", slug, asOf = today.AddDays(-1).ToString("yyyy-MM-dd") }, ct: Ct);

        var group = now.At("municipality", "implementationGroup");
        Assert.False(group.GetProperty("canEditPlan").GetBoolean());
        Assert.Equal("Husmøder hver måned", Assert.Single(group.GetProperty("activities").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, before.At("municipality", "implementationGroup").ValueKind);
    }

    [Theory]
    [InlineData("national")]
    [InlineData("roskilde-leder")]
    public async Task Outsiders_read_neither_history_nor_earlier_days(string persona)
    {
        var slug = await GroupWithEditedActivity();

        var history = await api.Client(persona).GraphQLAsync(History, new { code = "657", slug, itemId = "a-1" }, ct: Ct);
        var asOf = await api.Client(persona).GraphQLAsync(AsOf, new { code = "657", slug, asOf = "2026-01-01" }, ct: Ct);

        Assert.Contains("FORBIDDEN", history.Codes);
        Assert.Contains("FORBIDDEN", asOf.Codes);
        Assert.DoesNotContain("Husmøder", history.Body + asOf.Body);
    }
}
