using GraphQL;
using Recovery.Api.Auth;

namespace Recovery.Api.GraphQL;

internal static class Errors
{
    public const string Unauthenticated = "UNAUTHENTICATED";

    public static ExecutionError Error(string code, string message) => new(message) { Code = code };

    /// <summary>The caller, or a clear error when the request carries no valid token.</summary>
    public static Caller RequireCaller(this IResolveFieldContext context) =>
        context.User.ToCaller() ?? throw Error(Unauthenticated, "Du skal være logget ind.");
}
