using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Recovery.Api.Demo.Country;
using Recovery.Testing;

namespace Recovery.Api.Tests;

/// <summary>
/// The country seeding in small: a handful of municipalities through the grains, on a demo server
/// whose own (Herning and Roskilde) seeding is done. Roskilde is among them, so one municipality
/// already has a steering group the seeding must leave alone.
/// </summary>
public sealed class DemoCountryTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static readonly string[] Codes = ["101", "851", "461", "265"];
    private const int Groups = 3;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Programme = "query($code: String!) { municipality(code: $code) { programme { joined joinedAt phase } } }";
    private const string ChangePhase = "mutation($code: String!, $phase: ProgrammePhase!) { changeProgrammePhase(municipalityCode: $code, phase: $phase) { version } }";

    [Fact]
    public async Task Seeding_stores_each_municipality_through_its_grains_and_a_second_run_keeps_what_people_changed()
    {
        var country = api.Server.Services.GetRequiredService<DemoCountry>();
        Assert.Equal(0, await country.Seed(Codes, Groups, Ct));

        foreach (var code in Codes)
        {
            var events = await EventTypes(code);
            Assert.Equal(1, events.GetValueOrDefault("programme_joined"));
            Assert.Equal(Groups - 1, events.GetValueOrDefault("implementation_group_established"));
            Assert.InRange(events.GetValueOrDefault("activity_added"), 3 * (Groups - 1), 8 * (Groups - 1));
            Assert.InRange(events.GetValueOrDefault("workshop_held"), 1, 2);
            Assert.InRange(events.GetValueOrDefault("temperature_round_closed"), 1, 3);
            Assert.InRange(events.GetValueOrDefault("temperature_response_given"), 2, 3 * 8);
            var programme = (await api.Client("national").GraphQLAsync(Programme, new { code }, ct: Ct)).At("municipality", "programme");
            Assert.True(programme.GetProperty("joined").GetBoolean());
            // Dated by the demo clock between early 2025 and mid 2026, so the console's trends span quarters.
            Assert.InRange(DateTimeOffset.Parse(programme.GetProperty("joinedAt").GetString()!, CultureInfo.InvariantCulture),
                new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero));
        }
        // Through the command queues too, which decide after clearing the request context: nothing is dated after early November 2026.
        foreach (var (type, property) in new[] { ("workshop_held", "HeldAt"), ("temperature_round_closed", "At"), ("checklist_item_ticked", "At") })
            Assert.All(await Dates(type, property), at => Assert.True(at < new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero), $"{type} at {at:O}"));
        // A call the seeding did not mark reads the real clock: Herning joined when its server started.
        var herning = (await api.Client("national").GraphQLAsync(Programme, new { code = "657" }, ct: Ct)).At("municipality", "programme", "joinedAt");
        Assert.True(DateTimeOffset.Parse(herning.GetString()!, CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddHours(-1));
        foreach (var code in Codes.Where(c => c != "265"))
            Assert.InRange((await EventTypes(code)).GetValueOrDefault("steering_group_member_added"), 4, 8);
        // Roskilde's hand-seeded steering group keeps its one member: the seeding skips a group that exists.
        Assert.Equal(1, (await EventTypes("265")).GetValueOrDefault("steering_group_member_added"));

        var moved = await api.Client("national").GraphQLAsync(ChangePhase, new { code = "101", phase = "REPORTING" }, ct: Ct);
        Assert.Empty(moved.Errors);
        var before = await api.EventCountAsync(Ct);
        Assert.Equal(0, await country.Seed(Codes, Groups, Ct));

        Assert.Equal(before, await api.EventCountAsync(Ct));
        var phase = (await api.Client("national").GraphQLAsync(Programme, new { code = "101" }, ct: Ct)).At("municipality", "programme", "phase");
        Assert.Equal("REPORTING", phase.GetString());
    }

    [Fact]
    public async Task The_same_codes_get_the_same_people_plans_answers_and_dates_on_another_server()
    {
        await using var other = await RecoveryServer.StartAsync();
        await other.Services.GetRequiredService<DemoCountry>().Seed(Codes, Groups, Ct);
        await api.Server.Services.GetRequiredService<DemoCountry>().Seed(Codes, Groups, Ct);

        Assert.Equal(await Drawn(api.Server.ConnectionString), await Drawn(other.ConnectionString));
    }

    /// <summary>The events whose content is drawn from the code (workshops carry random guest codes, so they are left out).</summary>
    private static async Task<List<string>> Drawn(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("""
            SELECT tenant_id || ' ' || stream_id || ' ' || type || ' ' || data::text FROM recovery.mt_events
            WHERE tenant_id = ANY(@codes) AND type = ANY(@types)
            """, connection);
        command.Parameters.AddWithValue("codes", Codes);
        command.Parameters.AddWithValue("types", new[] { "programme_joined", "checklist_item_ticked", "steering_group_member_added",
            "implementation_group_established", "activity_added", "temperature_response_given", "temperature_round_closed" });
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) rows.Add(reader.GetString(0));
        Assert.NotEmpty(rows);
        return [.. rows.Order(StringComparer.Ordinal)];
    }

    /// <summary>A date in every event of the type in the seeded municipalities, as stored.</summary>
    private async Task<List<DateTimeOffset>> Dates(string type, string property)
    {
        await using var connection = new NpgsqlConnection(api.Server.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT data::text FROM recovery.mt_events WHERE type = @type AND tenant_id = ANY(@codes)", connection);
        command.Parameters.AddWithValue("type", type);
        command.Parameters.AddWithValue("codes", Codes);
        var dates = new List<DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            using var data = JsonDocument.Parse(reader.GetString(0));
            var value = data.RootElement.EnumerateObject().Single(p => p.Name.Equals(property, StringComparison.OrdinalIgnoreCase)).Value;
            dates.Add(value.GetDateTimeOffset());
        }
        Assert.NotEmpty(dates);
        return dates;
    }

    private async Task<Dictionary<string, int>> EventTypes(string code)
    {
        await using var connection = new NpgsqlConnection(api.Server.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT type, count(*) FROM recovery.mt_events WHERE tenant_id = @code GROUP BY type", connection);
        command.Parameters.AddWithValue("code", code);
        var counts = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) counts[reader.GetString(0)] = (int)reader.GetInt64(1);
        return counts;
    }
}
