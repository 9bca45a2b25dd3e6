using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.NationalProgress;
using Recovery.Testing;

namespace Recovery.Api.Tests.GraphQLGuards;

/// <summary>
/// An unexpected failure inside a resolver reaches the caller as a code and a Danish sentence, never as the
/// exception's text, type or stack; the server logs it for its operators.
/// </summary>
public sealed class ErrorMaskingTests
{
    private const string Secret = "forbindelsen til db-7.intern:5432 som recovery_admin fejlede";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unexpected_exception_answers_INTERNAL_in_Danish_without_the_exception_and_is_logged()
    {
        var logs = new CapturedLogs();
        await using var server = await RecoveryServer.StartAsync(
            logs: logs,
            // Demo mode only so the test's tokens are accepted; nothing is seeded, and documents are held to the manifest.
            settings: new Dictionary<string, string> { ["Recovery:Demo:Seed"] = "false", [TrustedDocuments.OnlyKey] = "true" },
            // The national console's read model is the one service its resolver asks for once the caller is let in.
            services: s => s.AddSingleton<ProgressBoard>(_ => throw new InvalidOperationException(Secret)));
        var schema = server.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var (id, text) = UiDocuments.All.First(d => UiDocuments.NameOf(d.Value) == "NationalConsole");
        using var http = server.Http(ApiServer.MintToken("p-national", "national-coordinator", null, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1)));

        var answer = await http.PostJsonAsync(
            JsonSerializer.Serialize(new { documentId = id, operationName = "NationalConsole", variables = UiDocuments.SampleVariables(text, schema) }), ct: Ct);

        var error = Assert.Single(answer.Errors);
        Assert.Equal("INTERNAL", answer.Code);
        Assert.Equal("Der opstod en uventet fejl. Prøv igen om lidt.", error.GetProperty("message").GetString());
        Assert.DoesNotContain("db-7", answer.Body);
        Assert.DoesNotContain("InvalidOperation", answer.Body);
        Assert.DoesNotContain("stack", answer.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(".cs", answer.Body);
        Assert.Equal(["code"], error.GetProperty("extensions").EnumerateObject().Select(p => p.Name).Where(n => n != "codes"));
        Assert.Contains(logs.Lines, line => line.Contains("failed unexpectedly") && line.Contains(Secret));
    }
}
