namespace Recovery.Grains.Shared;

/// <summary>The roles a person can hold in the restructuring (see docs/domain.md).</summary>
public enum Role
{
    Citizen,
    Relative,
    PeerWorker,
    Staff,
    CaseHandler,
    ProfessionalLeader,
    StrategicLeader,
    Politician,
    Tovholder,
    NationalCoordinator,
    /// <summary>Someone in a workshop without an account, admitted by the workshop's code; scoped to that one workshop.</summary>
    Guest,
}

/// <summary>Token claims carry roles in kebab case (<c>strategic-leader</c>); this is the one mapping.</summary>
public static class RoleNames
{
    private static readonly Dictionary<string, Role> ByName =
        Enum.GetValues<Role>().ToDictionary(ToClaim, StringComparer.Ordinal);

    public static string ToClaim(this Role role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    public static Role? FromClaim(string? claim) =>
        claim is not null && ByName.TryGetValue(claim, out var role) ? role : null;
}
