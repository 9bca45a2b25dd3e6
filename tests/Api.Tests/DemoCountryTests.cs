using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Recovery.Api.Demo.Country;

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

    private const string Programme = "query($code: String!) { municipality(code: $code) { programme { joined phase } } }";
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
        }
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
