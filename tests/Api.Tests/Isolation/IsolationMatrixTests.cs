using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Recovery.Api.Tests.Isolation;

/// <summary>
/// The isolation battery: every GraphQL field and hub method, called by another municipality's
/// person with Herning's or Roskilde's ids, by a guest of another workshop, by every role without
/// the right it needs, and anonymously, is refused, returns nothing, stores nothing and makes
/// nobody hear anything.
/// </summary>
[Collection(IsolationCollection.Name)]
public sealed class IsolationMatrixTests(MatrixServer api)
{
    private static readonly string[] Refusals = ["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED"];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_operation_the_server_offers_is_in_the_catalogue_and_every_entry_names_one()
    {
        var offered = Operations.Of(api.Schema);
        var catalogued = Catalogue.All.Select(e => e.Operation).Distinct().ToArray();

        var missing = offered.Except(catalogued).ToArray();
        var gone = catalogued.Except(offered).ToArray();

        Assert.True(missing.Length == 0, $"Not in the isolation catalogue (tests/Api.Tests/Isolation/Catalogue.cs): {string.Join(", ", missing)}");
        Assert.True(gone.Length == 0, $"In the catalogue but no longer offered: {string.Join(", ", gone)}");
        Assert.Contains("WorkshopHub.Submit", offered);
        Assert.Contains("Municipality.steeringGroup", offered);
    }

    [Fact]
    public async Task Every_generated_case_is_refused_returns_nothing_stores_nothing_and_is_heard_by_nobody()
    {
        var cases = Cases.Of(api);
        await using var listeners = await Listeners.StartAsync(api, Ct);
        await listeners.ChangeEachStreamAsync(Ct);
        listeners.Mark();
        var before = await api.SnapshotAsync(Ct);

        var problems = new List<string>();
        foreach (var @case in cases)
            problems.AddRange((await RunAsync(@case)).Select(p => $"{@case}: {p}"));

        var after = await api.SnapshotAsync(Ct);
        problems.AddRange(after.Split(' ').Except(before.Split(' ')).Select(t => $"the store changed: {t}"));
        try
        {
            await listeners.ChangeEachStreamAsync(Ct);
            problems.AddRange(listeners.Leaks());
        }
        catch (Exception e) when (problems.Count > 0)
        {
            // A leaked change (a closed round, a removed step) can stop the legitimate change after it: report the leaks.
            problems.Add($"the listeners could not be checked: {e.Message}");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} of {cases.Count} cases leaked:\n{string.Join("\n", problems)}");
        TestContext.Current.SendDiagnosticMessage($"The isolation matrix ran {cases.Count} cases over {Catalogue.All.Count} entries.");
        Assert.True(cases.Count > 500, $"Only {cases.Count} cases: the generator lost most of the matrix.");
    }

    private async Task<IReadOnlyList<string>> RunAsync(Case @case)
    {
        var mark = await api.EventMarkAsync(Ct);
        var problems = @case.Entry switch
        {
            FieldEntry field => await FieldAsync(@case, field),
            HubEntry hub => await HubAsync(@case, hub),
            _ => throw new InvalidOperationException(),
        };
        return await api.EventMarkAsync(Ct) == mark ? problems : [.. problems, "stored an event or a name"];
    }

    private async Task<IReadOnlyList<string>> FieldAsync(Case @case, FieldEntry entry)
    {
        var (document, variables, path) = Operations.Document(api.Schema, entry.Operation, @case.Target.Code, entry.Arguments(@case.Target));
        var response = await api.ClientWith(@case.Token).GraphQLAsync(document, variables, ct: Ct);
        var problems = new List<string>();
        var expected = @case.Outsider is Outsider.Anonymous or Outsider.GuestOfAnotherWorkshop ? ["UNAUTHENTICATED"] : Refusals;
        if (@case.MustRefuse && (response.Codes.Count == 0 || response.Codes.Any(c => !expected.Contains(c))))
            problems.Add($"not refused with {string.Join("/", expected)}: {response}");
        // What is only about the caller may answer a signed-in caller, but never with the target's people.
        var signedIn = @case.Outsider is Outsider.OtherMunicipality or Outsider.MissingRight;
        if ((@case.MustRefuse || !signedIn) && !Operations.HoldsNothing(response, path)) problems.Add($"answered with data: {response.Body}");
        if (response.Body.Contains(@case.Target.PersonId, StringComparison.Ordinal)) problems.Add($"named the target's person: {response.Body}");
        return problems;
    }

    private async Task<IReadOnlyList<string>> HubAsync(Case @case, HubEntry entry)
    {
        var (_, method) = Operations.Split(entry.Operation);
        var problems = new List<string>();
        foreach (var arguments in entry.Calls(@case.Target))
        {
            var (code, answer) = await InvokeAsync(Operations.HubPath(entry.Operation), @case.Token, method, arguments);
            if (@case.MustRefuse && !Refusals.Contains(code))
                problems.Add($"{method}({string.Join(", ", arguments)}) was not refused: {code ?? answer}");
        }
        return problems;
    }

    /// <summary>The refusal's code (UNAUTHENTICATED when the hub turns the token away at the door), or the answer.</summary>
    private async Task<(string? Code, string? Answer)> InvokeAsync(string path, string? token, string method, object?[] arguments)
    {
        HubConnection hub;
        try
        {
            hub = await api.HubAsync(path, token);
        }
        catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
        {
            return ("UNAUTHENTICATED", null);
        }
        try
        {
            var answer = await hub.InvokeCoreAsync(method, typeof(JsonElement?), arguments, Ct);
            return (null, answer?.ToString() ?? "(no answer)");
        }
        catch (HubException e)
        {
            return (Workshops.Hub.Code(e), null);
        }
    }
}
