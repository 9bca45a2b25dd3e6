namespace Recovery.Grains.Shared;

/// <summary>
/// A command refused by a domain rule or by access control. <see cref="Code"/> is stable for
/// machines (it becomes GraphQL's <c>extensions.code</c>); the message is Danish for people.
/// </summary>
[GenerateSerializer, Alias("recovery.rule-violation")]
public sealed class RuleViolation(string code, string message) : Exception(message)
{
    [Id(0)]
    public string Code { get; } = code;

    public static RuleViolation Forbidden(string message) => new(Codes.Forbidden, message);
    public static RuleViolation NotFound(string message) => new(Codes.NotFound, message);
    public static RuleViolation Invalid(string message) => new(Codes.Validation, message);
    public static RuleViolation Conflict(string message) => new(Codes.Conflict, message);
    public static RuleViolation Refused(string message) => new(Codes.Refused, message);

    /// <summary>The change was made on a revision older than the server remembers: catch up, then send it again.</summary>
    public static RuleViolation Stale(string message) => new(Codes.Stale, message);

    public static RuleViolation RateLimited(string message) => new(Codes.RateLimited, message);

    /// <summary>Storage failed; nothing was stored and the same command may be sent again.</summary>
    public static RuleViolation Unavailable(string message) => new(Codes.Unavailable, message);

    public static class Codes
    {
        public const string Forbidden = "FORBIDDEN";
        public const string NotFound = "NOT_FOUND";
        public const string Validation = "VALIDATION";
        public const string Conflict = "CONFLICT";
        public const string Refused = "RULE_VIOLATION";
        public const string Unavailable = "UNAVAILABLE";
        public const string Stale = "STALE";
        public const string RateLimited = "RATE_LIMITED";
    }
}
