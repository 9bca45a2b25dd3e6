using Microsoft.AspNetCore.Http;

namespace Recovery.Api;

/// <summary>
/// The problem+json answer of the HTTP endpoints outside GraphQL (exports, imports, sign-in by
/// code): the Danish message as title and the rule's code under <c>code</c>, as GraphQL errors carry it.
/// </summary>
internal static class Problems
{
    public static IResult Of(int status, string code, string title) =>
        Results.Problem(title: title, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static IResult Of(int status, RuleViolation violation) => Of(status, violation.Code, violation.Message);
}
