using System.Text.Json;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Shared;
using Recovery.Testing;

namespace Recovery.Api.Tests.Reports;

/// <summary>
/// The progress report against a plan set up here, in Aarhus (751), which the demo does not seed,
/// so every count is known.
/// </summary>
public sealed class ProgressReportTests(ApiServer api) : IClassFixture<ApiServer>, IAsyncLifetime
{
    private const string Report = """
        query($code: String!) {
          municipality(code: $code) {
            progressReport {
              generatedAt
              prerequisites { number title planned inProgress done onHold items { title status due } }
              principles { number title planned inProgress done onHold }
              groups { slug name activities latestReportTitle latestReportAt }
            }
          }
        }
        """;

    private static readonly Caller Tovholder = new("p-751-tove", "751", Role.Tovholder);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient aarhus = null!;

    public async ValueTask InitializeAsync()
    {
        aarhus = api.Server.Http(ApiServer.MintToken(Tovholder.PersonId, "tovholder", "751", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1)));
        // Class fixtures outlive a test: the first test sets the plan up, the others find it there.
        if ((await aarhus.GraphQLAsync(Documents.SteeringGroup, new { code = "751" }, ct: Ct)).At("municipality", "steeringGroup").ValueKind == JsonValueKind.Object)
            return;
        await Ok(Documents.Establish, new { code = "751" });
        await AddPlanItem(1, "Byrådet drøfter recovery", "PLANNED", null);
        await AddPlanItem(1, "Politisk temamøde", "DONE", null);
        await AddPlanItem(3, "Ledernetværk", "IN_PROGRESS", "2027-03-01");
        await AddPlanItem(8, "Sprogguide", "ON_HOLD", null);

        var housing = api.Server.Group(Tovholder, "751", "bostoette");
        await housing.Establish(new EstablishImplementationGroup("Bostøtte", ""));
        await housing.AddActivity(Activity("b1", "Håb-samtaler", PlanItemStatus.InProgress, 1, 3));
        await housing.AddActivity(Activity("b2", "Netværkskort", PlanItemStatus.Done, 3));
        await housing.AddActivity(Activity("b3", "Opfølgningsskema", PlanItemStatus.OnHold, 7));
        await housing.SubmitReport(new SubmitReport("r1", "Status januar", "Godt i gang."));
        await housing.SubmitReport(new SubmitReport("r2", "Status marts", "Netværkskort bruges."));
        var work = api.Server.Group(Tovholder, "751", "arbejde");
        await work.Establish(new EstablishImplementationGroup("Arbejde og uddannelse", ""));
        await work.AddActivity(Activity("a1", "Drømmeværksted", PlanItemStatus.Planned, 1));
    }

    public ValueTask DisposeAsync()
    {
        aarhus.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_development_plan_is_counted_per_prerequisite_with_its_items()
    {
        var report = await Read(aarhus);

        var prerequisites = report.GetProperty("prerequisites").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, 8), prerequisites.Select(p => p.GetProperty("number").GetInt32()));
        Assert.Equal("Politisk fokus", prerequisites[0].GetProperty("title").GetString());
        Assert.Equal([1, 0, 1, 0], Counts(prerequisites[0]));
        Assert.Equal([0, 1, 0, 0], Counts(prerequisites[2]));
        Assert.Equal([0, 0, 0, 1], Counts(prerequisites[7]));
        Assert.Equal([0, 0, 0, 0], Counts(prerequisites[1]));
        var item = Assert.Single(prerequisites[2].GetProperty("items").EnumerateArray());
        Assert.Equal("Ledernetværk", item.GetProperty("title").GetString());
        Assert.Equal("IN_PROGRESS", item.GetProperty("status").GetString());
        Assert.Equal("2027-03-01", item.GetProperty("due").GetString());
        Assert.Equal(["Byrådet drøfter recovery", "Politisk temamøde"],
            prerequisites[0].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Activities_are_counted_under_each_of_their_principles_across_all_groups()
    {
        var report = await Read(aarhus);

        var principles = report.GetProperty("principles").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, 8), principles.Select(p => p.GetProperty("number").GetInt32()));
        Assert.Equal("Tag udgangspunkt i borgerens håb, ønsker og drømme", principles[0].GetProperty("title").GetString());
        // "Håb-samtaler" is tied to principles 1 and 3 and counts under both.
        Assert.Equal([1, 1, 0, 0], Counts(principles[0]));
        Assert.Equal([0, 1, 1, 0], Counts(principles[2]));
        Assert.Equal([0, 0, 0, 1], Counts(principles[6]));
        Assert.All(new[] { 1, 3, 4, 5, 7 }, i => Assert.Equal([0, 0, 0, 0], Counts(principles[i])));
    }

    [Fact]
    public async Task Groups_are_listed_by_name_with_their_activity_count_and_latest_report()
    {
        var report = await Read(aarhus);

        var groups = report.GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal(["Arbejde og uddannelse", "Bostøtte"], groups.Select(g => g.GetProperty("name").GetString()));
        Assert.Equal(["arbejde", "bostoette"], groups.Select(g => g.GetProperty("slug").GetString()));
        Assert.Equal([1, 3], groups.Select(g => g.GetProperty("activities").GetInt32()));
        Assert.Equal(JsonValueKind.Null, groups[0].GetProperty("latestReportTitle").ValueKind);
        Assert.Equal(JsonValueKind.Null, groups[0].GetProperty("latestReportAt").ValueKind);
        Assert.Equal("Status marts", groups[1].GetProperty("latestReportTitle").GetString());
        var at = DateTimeOffset.Parse(groups[1].GetProperty("latestReportAt").GetString()!);
        Assert.InRange(at, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.InRange(DateTimeOffset.Parse(report.GetProperty("generatedAt").GetString()!), at, DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task The_national_coordinator_sees_the_same_counts_but_no_titles()
    {
        var own = await Read(aarhus);

        var response = await api.Client("national").GraphQLAsync(Report, new { code = "751" }, ct: Ct);

        Assert.Empty(response.Errors);
        var report = response.At("municipality", "progressReport");
        Assert.Equal(
            own.GetProperty("prerequisites").EnumerateArray().Select(Counts).SelectMany(c => c),
            report.GetProperty("prerequisites").EnumerateArray().Select(Counts).SelectMany(c => c));
        Assert.Equal(
            own.GetProperty("principles").EnumerateArray().Select(Counts).SelectMany(c => c),
            report.GetProperty("principles").EnumerateArray().Select(Counts).SelectMany(c => c));
        var items = report.GetProperty("prerequisites").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray()).ToArray();
        Assert.Equal(4, items.Length);
        Assert.All(items, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("title").ValueKind));
        Assert.Contains(items, i => i.GetProperty("due").GetString() == "2027-03-01");
        Assert.All(report.GetProperty("groups").EnumerateArray(), g => Assert.Equal(JsonValueKind.Null, g.GetProperty("latestReportTitle").ValueKind));
        Assert.DoesNotContain("Ledernetværk", response.Body);
        Assert.DoesNotContain("Status marts", response.Body);
    }

    [Fact]
    public async Task Another_municipality_is_refused_and_no_token_is_unauthenticated()
    {
        var roskilde = await api.Client("roskilde-leder").GraphQLAsync(Report, new { code = "751" }, ct: Ct);
        var anonymous = await api.Anonymous.GraphQLAsync(Report, new { code = "751" }, ct: Ct);

        Assert.Equal("FORBIDDEN", roskilde.Code);
        Assert.Equal(JsonValueKind.Null, roskilde.At("municipality", "progressReport").ValueKind);
        Assert.DoesNotContain("Ledernetværk", roskilde.Body);
        Assert.Equal("UNAUTHENTICATED", anonymous.Code);
    }

    [Fact]
    public async Task A_municipality_without_a_steering_group_or_groups_reports_zeros()
    {
        var response = await api.Client("national").GraphQLAsync(Report, new { code = "101" }, ct: Ct);

        Assert.Empty(response.Errors);
        var report = response.At("municipality", "progressReport");
        Assert.All(report.GetProperty("prerequisites").EnumerateArray(), p => Assert.Equal([0, 0, 0, 0], Counts(p)));
        Assert.Empty(report.GetProperty("groups").EnumerateArray());
    }

    private static int[] Counts(JsonElement row) =>
        [row.GetProperty("planned").GetInt32(), row.GetProperty("inProgress").GetInt32(), row.GetProperty("done").GetInt32(), row.GetProperty("onHold").GetInt32()];

    private async Task<JsonElement> Read(HttpClient client)
    {
        var response = await client.GraphQLAsync(Report, new { code = "751" }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.At("municipality", "progressReport");
    }

    private static AddActivity Activity(string id, string title, PlanItemStatus status, params int[] principles) =>
        new(id, new ActivityFields(title, $"Aktivitet {id}", [.. principles], null, null, null, status));

    private Task AddPlanItem(int prerequisite, string title, string status, string? due) =>
        Ok(Documents.AddPlanItem, new { input = new { municipalityCode = "751", prerequisite, title, status, due } });

    private async Task Ok(string document, object variables)
    {
        var response = await aarhus.GraphQLAsync(document, variables, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
    }
}
