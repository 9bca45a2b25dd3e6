using System.Net;
using System.Text.Json;

namespace Recovery.Api.Tests.Privacy;

/// <summary>
/// Erasing a person on request: afterwards nothing readable in the municipality names them, every
/// reader says "slettet person", and no other municipality's data changed by a single byte.
/// </summary>
public sealed class PersonErasureTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string Erase = "mutation($input: ErasePersonInput!) { erasePerson(input: $input) }";
    private const string People = "query($code: String!) { municipality(code: $code) { people { personId name } } }";
    private const string Erasures = "query($code: String!) { municipality(code: $code) { erasures { kind personId erasedByName erasedByRole at } } }";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Mette => api.Client("herning-tovholder");

    private Task<GraphQLResponse> ErasePerson(HttpClient client, string personId, string code = "657") =>
        client.GraphQLAsync(Erase, new { input = new { municipalityCode = code, personId } }, ct: Ct);

    private Task<DatabaseDump> Dump() => DatabaseDump.Take(api.Server.ConnectionString, Ct);

    private async Task AddMember(string personId, string name)
    {
        var added = await Mette.GraphQLAsync(Documents.AddMember, new { input = new { municipalityCode = "657", personId, name, role = "TOVHOLDER" } }, ct: Ct);
        Assert.True(added.Errors.Count == 0, added.ToString());
    }

    /// <summary>Everything a signed-in tovholder reads that names people: the group, its history, the directory, the decision log export.</summary>
    private async Task<string[]> Reads()
    {
        var group = await Mette.GraphQLAsync(Documents.WholeSteeringGroup, new { code = "657" }, ct: Ct);
        var history = await Mette.GraphQLAsync(Documents.History, new { code = "657", itemId = (string?)null, first = 200 }, ct: Ct);
        var people = await Mette.GraphQLAsync(People, new { code = "657" }, ct: Ct);
        foreach (var response in new[] { group, history, people }) Assert.True(response.Errors.Count == 0, response.ToString());
        var export = await Mette.GetAsync("/exports/657/styregruppe/beslutninger.csv", Ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        return [group.Body, history.Body, people.Body, await export.Content.ReadAsStringAsync(Ct)];
    }

    [Fact]
    public async Task An_erased_member_reads_as_slettet_person_everywhere_and_no_other_municipality_changes()
    {
        const string name = "Ingrid Sletmig";
        await AddMember("p-657-ingrid", name);
        using var ingrid = api.Server.Http(ApiServer.MintToken("p-657-ingrid", "tovholder", "657", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30)));
        var decided = await ingrid.GraphQLAsync(Documents.RecordDecision, new { input = new { municipalityCode = "657", title = "Fælles sprog i alle planer" } }, ct: Ct);
        Assert.True(decided.Errors.Count == 0, decided.ToString());
        Assert.All(await Reads(), read => Assert.Contains("Ingrid", read));
        var before = await Dump();
        Assert.Contains(name, before.TextOf("657"));

        var erased = await ErasePerson(Mette, "p-657-ingrid");

        Assert.True(erased.Errors.Count == 0, erased.ToString());
        Assert.True(erased.At("erasePerson").GetBoolean());
        var reads = await Reads();
        Assert.All(reads, read => Assert.DoesNotContain("Ingrid", read));
        var group = JsonDocument.Parse(reads[0]).RootElement.GetProperty("data").GetProperty("municipality").GetProperty("steeringGroup");
        Assert.Equal("slettet person", group.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("personId").GetString() == "p-657-ingrid").GetProperty("name").GetString());
        Assert.Equal("slettet person", group.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("title").GetString() == "Fælles sprog i alle planer").GetProperty("recordedByName").GetString());
        Assert.Contains("\"actorName\":\"slettet person\"", reads[1]);
        Assert.Contains("slettet person", reads[3]);
        Assert.DoesNotContain("p-657-ingrid", reads[2]);
        var after = await Dump();
        Assert.DoesNotContain(name, after.TextOf("657"));
        Assert.DoesNotContain("Sletmig", after.AllText);
        Assert.Equal(before.HashesExcept("657"), after.HashesExcept("657"));

        var record = (await Mette.GraphQLAsync(Erasures, new { code = "657" }, ct: Ct)).At("municipality", "erasures").EnumerateArray()
            .Single(e => e.GetProperty("personId").GetString() == "p-657-ingrid");
        Assert.Equal(("person", "Mette Lund", "tovholder"),
            (record.GetProperty("kind").GetString(), record.GetProperty("erasedByName").GetString(), record.GetProperty("erasedByRole").GetString()));
    }

    [Fact]
    public async Task Erasing_again_changes_nothing_and_adding_the_id_again_does_not_bring_a_name_back()
    {
        await AddMember("p-657-karl", "Karl Genkomst");
        Assert.True((await ErasePerson(Mette, "p-657-karl")).At("erasePerson").GetBoolean());
        await AddMember("p-657-karl", "Karl Genkomst");
        using var karl = api.Server.Http(ApiServer.MintToken("p-657-karl", "tovholder", "657", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30)));
        foreach (var ticked in new[] { false, true })
        {
            // A tick stores the name the sign-in carries ("Test Person"): not for an erased person.
            var tick = await karl.GraphQLAsync($"mutation {{ tickChecklistItem(municipalityCode: \"657\", item: PREREQUISITES_PLAN, ticked: {(ticked ? "true" : "false")}) {{ version }} }}", ct: Ct);
            Assert.True(tick.Errors.Count == 0, tick.ToString());
        }

        var before = await Dump();
        var again = await ErasePerson(Mette, "p-657-karl");

        Assert.False(again.At("erasePerson").GetBoolean(), again.ToString());
        Assert.Equal(before.HashesExcept(""), (await Dump()).HashesExcept(""));
        Assert.DoesNotContain("Genkomst", before.AllText);
        var entry = Assert.Single(before.Rows, r => r.Table == "mt_doc_personentry" && r.Row.Contains("\"p-657-karl\"", StringComparison.Ordinal));
        Assert.Contains("slettet person", entry.Row);
        Assert.DoesNotContain("p-657-karl", (await Mette.GraphQLAsync(People, new { code = "657" }, ct: Ct)).Body);
    }

    [Fact]
    public async Task An_eraser_the_directory_does_not_know_is_shown_by_id_not_as_an_erased_person()
    {
        await AddMember("p-657-olga", "Olga Ukendtslettet");
        using var stranger = api.Server.Http(ApiServer.MintToken("p-657-ukendt-tovholder", "tovholder", "657", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30)));
        Assert.True((await ErasePerson(stranger, "p-657-olga")).At("erasePerson").GetBoolean());

        var record = (await Mette.GraphQLAsync(Erasures, new { code = "657" }, ct: Ct)).At("municipality", "erasures").EnumerateArray()
            .Single(e => e.GetProperty("personId").GetString() == "p-657-olga");

        Assert.Equal("p-657-ukendt-tovholder", record.GetProperty("erasedByName").GetString());
    }

    [Theory]
    [InlineData("roskilde-leder", "657", "FORBIDDEN")]
    [InlineData("roskilde-leder", "265", "NOT_FOUND")]
    [InlineData("national", "657", "FORBIDDEN")]
    [InlineData("herning-medarbejder", "657", "FORBIDDEN")]
    [InlineData("herning-borger", "657", "FORBIDDEN")]
    public async Task Only_the_persons_own_municipalitys_governors_can_erase_them_and_a_refusal_changes_nothing(string persona, string code, string refusal)
    {
        var before = await Dump();

        var response = await ErasePerson(api.Client(persona), "p-657-jonas", code);

        Assert.Equal(refusal, response.Code);
        Assert.Equal(before.HashesExcept(""), (await Dump()).HashesExcept(""));
        Assert.Contains("Jonas Holm", (await Mette.GraphQLAsync(People, new { code = "657" }, ct: Ct)).Body);
    }

    [Fact]
    public async Task A_strategic_leader_erases_too_and_bad_or_unknown_ids_are_refused_in_danish()
    {
        var chef = api.Client("herning-chef");
        var before = await Dump();
        foreach (var (id, code) in new[] { ("", "VALIDATION"), ("a b", "VALIDATION"), (new string('x', 65), "VALIDATION"), ("p-657-nobody", "NOT_FOUND") })
        {
            var response = await ErasePerson(chef, id);
            Assert.Equal(code, response.Code);
            Assert.Matches("[æøåÆØÅ]|findes|Ugyldigt", response.Body);
        }
        Assert.Equal(before.HashesExcept(""), (await Dump()).HashesExcept(""));

        await AddMember("p-657-vera", "Vera Chefslettet");
        Assert.True((await ErasePerson(chef, "p-657-vera")).At("erasePerson").GetBoolean());
        Assert.DoesNotContain("Chefslettet", (await Dump()).AllText);
    }

    /// <summary>Random people, erased in random order, some twice: the directory always holds exactly the ones not erased.</summary>
    [Fact]
    public async Task Random_people_and_erasures_leave_exactly_the_kept_names()
    {
        var random = new Random(9117);
        string Word() => string.Concat(Enumerable.Range(0, 3).Select(_ => "bakulimorestavinupe".Substring(random.Next(18), 2)));
        var people = Enumerable.Range(0, 24).Select(i => (Id: $"p-657-r{i}", Name: $"Rnd{Word()} Zq{Word()}{i}")).ToArray();
        foreach (var (id, name) in people) await AddMember(id, name);
        var erased = new HashSet<string>();

        foreach (var (id, _) in people.OrderBy(_ => random.Next()).Take(16).SelectMany(p => random.Next(4) == 0 ? new[] { p, p } : [p]))
        {
            var response = await ErasePerson(Mette, id);
            Assert.Equal(erased.Add(id), response.At("erasePerson").GetBoolean());
        }

        var listed = (await Mette.GraphQLAsync(People, new { code = "657" }, ct: Ct)).At("municipality", "people").EnumerateArray()
            .Select(p => p.GetProperty("personId").GetString()!).Where(id => id.StartsWith("p-657-r", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(people.Select(p => p.Id).Where(id => !erased.Contains(id)).ToHashSet(), listed);
        var text = (await Dump()).TextOf("657");
        foreach (var (id, name) in people)
            Assert.True(erased.Contains(id) != text.Contains(name, StringComparison.Ordinal), $"{id} {name} erased={erased.Contains(id)}");
    }
}
