using System.Text.Json;
using Npgsql;
using Recovery.Api.History;

namespace Recovery.Api.Tests;

/// <summary>A plan item's history, the plan as of a day, and restoring an earlier version, through the API.</summary>
public sealed class HistoryTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Mette => api.Client("herning-tovholder");

    private static string Today => DanishTime.Date(DateTimeOffset.UtcNow);

    /// <summary>An item Mette adds and then renames and starts; returns its id and the version right after it was added.</summary>
    private async Task<(string ItemId, int Added)> RenamedItem()
    {
        var itemId = Documents.NewId("i");
        var added = await Ok(Mette, Documents.AddPlanItem, new { input = new { municipalityCode = "657", id = itemId, prerequisite = 4, title = "Fælles møder" } });
        await Ok(Mette, Documents.EditPlanItem, new
        {
            input = new { municipalityCode = "657", itemId, title = "Fælles møder hver måned", description = "", status = "IN_PROGRESS" },
        });
        return (itemId, added.GetProperty("version").GetInt32());
    }

    private async Task<JsonElement[]> History(HttpClient client, string? itemId = null, int? first = null)
    {
        var response = await client.GraphQLAsync(Documents.History, new { code = "657", itemId, first }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return [.. response.At("municipality", "steeringGroup", "history").EnumerateArray()];
    }

    [Fact]
    public async Task An_items_history_reads_as_danish_sentences_newest_first()
    {
        var (itemId, added) = await RenamedItem();

        var history = await History(Mette, itemId);

        Assert.Equal(
            [$"Mette Lund (tovholder) ændrede status fra Planlagt til I gang, {Today}",
             $"Mette Lund (tovholder) omdøbte punktet fra \"Fælles møder\" til \"Fælles møder hver måned\", {Today}",
             $"Mette Lund (tovholder) tilføjede punktet \"Fælles møder\", {Today}"],
            history.Select(h => h.GetProperty("sentence").GetString()));
        Assert.Equal(added, history[^1].GetProperty("version").GetInt32());
        Assert.Equal(("Mette Lund", "Tovholder", "tilføjede punktet \"Fælles møder\""),
            (history[^1].GetProperty("actorName").GetString(), history[^1].GetProperty("actorRole").GetString(), history[^1].GetProperty("text").GetString()));
    }

    [Fact]
    public async Task The_whole_groups_history_is_newest_first_and_limited()
    {
        await RenamedItem();

        var history = await History(Mette, first: 3);

        Assert.Equal(3, history.Length);
        var versions = history.Select(h => h.GetProperty("version").GetInt32()).ToArray();
        Assert.Equal(versions.OrderDescending(), versions);
        var tooMany = await Mette.GraphQLAsync(Documents.History, new { code = "657", first = 201 }, ct: Ct);
        Assert.Equal("VALIDATION", tooMany.Code);
    }

    [Theory]
    [InlineData("national")]
    [InlineData("roskilde-leder")]
    public async Task Only_the_municipalitys_own_people_read_history_or_an_earlier_day(string persona)
    {
        var history = await api.Client(persona).GraphQLAsync(Documents.History, new { code = "657" }, ct: Ct);
        var asOf = await api.Client(persona).GraphQLAsync(Documents.SteeringGroupAsOf, new { code = "657", asOf = "2026-03-12" }, ct: Ct);

        Assert.Equal("FORBIDDEN", history.Code);
        Assert.Equal("FORBIDDEN", asOf.Code);
        Assert.DoesNotContain("Mette", history.Body + asOf.Body);
    }

    [Fact]
    public async Task A_person_erased_from_the_directory_reads_as_deleted_in_history()
    {
        var sub = Documents.NewId("oidc");
        await Ok(Mette, Documents.AddMember, new { input = new { municipalityCode = "657", personId = sub, name = "Karin Holm", role = "PEER_WORKER" } });
        using var karin = api.Server.Http(ApiServer.MintToken(sub, "peer-worker", "657", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1)));
        var itemId = Documents.NewId("i");
        await Ok(karin, Documents.AddPlanItem, new { input = new { municipalityCode = "657", id = itemId, prerequisite = 7, title = "Kursus", ownerId = sub } });
        await using (var connection = new NpgsqlConnection(api.Server.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var erase = new NpgsqlCommand("DELETE FROM recovery.mt_doc_personentry WHERE id = @id", connection);
            erase.Parameters.AddWithValue("id", sub);
            Assert.Equal(1, await erase.ExecuteNonQueryAsync(Ct));
        }

        var line = Assert.Single(await History(Mette, itemId));

        Assert.Equal($"slettet person (peermedarbejder) tilføjede punktet \"Kursus\", {Today}", line.GetProperty("sentence").GetString());
        Assert.DoesNotContain("Karin", line.ToString());
    }

    [Fact]
    public async Task The_plan_as_of_today_is_todays_read_only_and_before_the_group_existed_there_is_none()
    {
        var (itemId, _) = await RenamedItem();
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, DanishTime.Zone).ToString("yyyy-MM-dd");

        var asOf = await Mette.GraphQLAsync(Documents.SteeringGroupAsOf, new { code = "657", asOf = today }, ct: Ct);
        var yesterday = await Mette.GraphQLAsync(Documents.SteeringGroupAsOf,
            new { code = "657", asOf = DateOnly.Parse(today).AddDays(-1).ToString("yyyy-MM-dd") }, ct: Ct);

        Assert.True(asOf.Errors.Count == 0, asOf.ToString());
        var group = asOf.At("municipality", "steeringGroup");
        Assert.Equal(today, group.GetProperty("asOf").GetString());
        Assert.False(group.GetProperty("canEditPlan").GetBoolean());
        Assert.False(group.GetProperty("canGovern").GetBoolean());
        Assert.Contains(group.GetProperty("developmentPlan").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray()),
            i => i.GetProperty("id").GetString() == itemId && i.GetProperty("title").GetString() == "Fælles møder hver måned");
        Assert.Empty(yesterday.Errors);
        Assert.Equal(JsonValueKind.Null, yesterday.At("municipality", "steeringGroup").ValueKind);
        Assert.Equal("VALIDATION", (await Mette.GraphQLAsync(Documents.SteeringGroupAsOf, new { code = "657", asOf = "12-03-2026" }, ct: Ct)).Code);
    }

    [Fact]
    public async Task Restoring_brings_the_first_title_back_and_history_tells_it_as_a_restore()
    {
        var (itemId, added) = await RenamedItem();

        var restored = await Ok(api.Client("herning-borger"), Documents.RestorePlanItem, new { input = new { municipalityCode = "657", itemId, version = added } });

        var history = await History(Mette, itemId);
        // Jonas is a citizen: the last event is the mark on a citizen's words, which is stored but not told.
        Assert.Equal(restored.GetProperty("version").GetInt32() - 1, history[0].GetProperty("version").GetInt32());
        Assert.Contains($"Jonas Holm (borger) gendannede punktet til versionen fra {Today}, {Today}",
            history.Select(h => h.GetProperty("sentence").GetString()));
        Assert.Equal($"Jonas Holm (borger) ændrede status fra I gang til Planlagt, {Today}", history[0].GetProperty("sentence").GetString());
        Assert.Equal(6, history.Length);
    }

    [Fact]
    public async Task Another_municipality_cannot_restore_and_nothing_is_stored()
    {
        var (itemId, added) = await RenamedItem();

        var response = await api.StoresNothingAsync(() => api.Client("roskilde-leder").GraphQLAsync(Documents.RestorePlanItem,
            new { input = new { municipalityCode = "657", itemId, version = added } }, ct: Ct), Ct);

        Assert.Equal("FORBIDDEN", response.Code);
    }

    [Fact]
    public void A_day_ends_at_midnight_in_Copenhagen_in_winter_and_in_summer()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 23, 0, 0, TimeSpan.Zero).AddMicroseconds(-1), DanishTime.EndOfDay(new DateOnly(2026, 3, 12)));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 22, 0, 0, TimeSpan.Zero).AddMicroseconds(-1), DanishTime.EndOfDay(new DateOnly(2026, 7, 1)));
        Assert.Equal("12. marts 2026", DanishTime.Date(new DateTimeOffset(2026, 3, 12, 22, 59, 0, TimeSpan.Zero)));
        Assert.Equal("13. marts 2026", DanishTime.Date(new DateTimeOffset(2026, 3, 12, 23, 0, 0, TimeSpan.Zero)));
    }

    private static async Task<JsonElement> Ok(HttpClient client, string document, object variables)
    {
        var response = await client.GraphQLAsync(document, variables, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.Data.EnumerateObject().Single().Value;
    }
}
