using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Grains.Workshops;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Isolation;

/// <summary>
/// No CPR number gets in through any text a person can type: every free-text argument of every
/// mutation, and a workshop edit, sent with an otherwise valid call by someone allowed to make it,
/// is refused as a CPR number and stores nothing.
/// </summary>
[Collection(IsolationCollection.Name)]
public sealed class CprAuditTests(MatrixServer api)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Who makes the call: the coordinator for national texts, else Herning's tovholder, who may make every municipal one.</summary>
    private static string Persona(string mutation) => mutation == "publishTemperatureQuestionnaire" ? "national" : "herning-tovholder";

    [Fact]
    public async Task Every_free_text_argument_with_a_CPR_number_is_refused_and_stores_nothing()
    {
        var paths = CprAudit.FreeTextArguments(api.Schema);
        var problems = new List<string>();

        foreach (var path in paths)
        {
            var mutation = path.Split('.')[0];
            var entry = Catalogue.All.OfType<FieldEntry>().Single(e => e.Operation == $"Mutation.{mutation}");
            var arguments = CprAudit.WithText(entry.Arguments(api.Herning), path, CprAudit.Cpr);
            var (document, variables, _) = Operations.Document(api.Schema, entry.Operation, api.Herning.Code, arguments);
            var before = await api.EventMarkAsync(Ct);

            var response = await api.Client(Persona(mutation)).GraphQLAsync(document, variables, ct: Ct);

            if (response.Codes is not ["VALIDATION"] || !response.Body.Contains("CPR-num", StringComparison.Ordinal))
                problems.Add($"{path}: not refused as a CPR number: {response}");
            if (await api.EventMarkAsync(Ct) != before) problems.Add($"{path}: stored something");
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {paths.Count} free-text arguments let a CPR number in:\n{string.Join("\n", problems)}");
        Assert.True(paths.Count > 30, $"Only {paths.Count} free-text arguments found: the schema walk lost most of them.");
    }

    [Fact]
    public void The_audit_walks_nested_inputs_and_lists_and_exempts_only_what_it_names()
    {
        var paths = CprAudit.FreeTextArguments(api.Schema);

        Assert.Contains("addPlanItem.input.title", paths);
        Assert.Contains("recordDecision.input.actions[].title", paths);
        Assert.Contains("scheduleWorkshop.agenda[]", paths);
        Assert.DoesNotContain("addPlanItem.input.municipalityCode", paths);
        Assert.DoesNotContain(paths, p => p.EndsWith("Id", StringComparison.Ordinal) || p.EndsWith(".id", StringComparison.Ordinal));
    }

    /// <summary>Hub parameters: which are ids or names of things, and which carry typed text (audited by the test named).</summary>
    private static readonly Dictionary<string, string> HubParameters = new()
    {
        ["workshop"] = "en workshops nøgle",
        ["stream"] = "en strøms navn",
        ["item"] = "et punkts id",
        ["field"] = "et felts navn",
        ["since"] = "en revision",
        ["pending"] = "et flag",
        ["proposal"] = nameof(A_workshop_edit_with_a_CPR_number_is_refused_and_no_step_is_stored),
    };

    [Fact]
    public void Every_hub_parameter_is_known_and_the_one_that_carries_text_is_audited()
    {
        var parameters = Operations.HubMethods().SelectMany(m => m.GetParameters().Select(p => $"{m.DeclaringType!.Name}.{m.Name}({p.Name})")).ToArray();

        var unknown = parameters.Where(p => !HubParameters.ContainsKey(p.Split('(', ')')[1])).ToArray();

        Assert.True(unknown.Length == 0, $"Hub parameters the CPR audit does not know; audit them if a person types them: {string.Join(", ", unknown)}");
        Assert.Contains("WorkshopHub.Submit(proposal)", parameters);
    }

    [Fact]
    public async Task A_workshop_edit_with_a_CPR_number_is_refused_and_no_step_is_stored()
    {
        var t = api.Herning;
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Server.Address, "/hubs/workshop"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(api.Tokens["herning-medarbejder"]))
            .Build();
        await hub.StartAsync(Ct);
        await hub.InvokeAsync<JsonElement>("Join", t.Room.Workshop, null, false, Ct);
        var proposal = new TextProposal($"op-{Guid.NewGuid():N}", t.Opened,
            new TextCommand(t.Room.Item, ItemFields.Title, new TextOperationBuilder().Retain(Rooms.ItemTitle.Length).Insert($" {CprAudit.Cpr}").Build()));
        var before = await api.EventMarkAsync(Ct);

        var refusal = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonElement>("Submit", t.Room.Workshop, proposal, Ct));

        Assert.Equal("VALIDATION", Workshops.Hub.Code(refusal));
        Assert.Contains("CPR", refusal.Message);
        Assert.Equal(before, await api.EventMarkAsync(Ct));
    }
}
