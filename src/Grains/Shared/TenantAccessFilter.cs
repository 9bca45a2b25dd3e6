using System.Collections.Concurrent;
using System.Reflection;

namespace Recovery.Grains.Shared;

/// <summary>
/// The authorization that counts: every call into a tenant grain is checked here, whoever made it
/// (the API, another grain, a test client). The API may check earlier for friendlier errors.
/// </summary>
internal sealed class TenantAccessFilter : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<MethodInfo, Access?> Required = new();

    public Task Invoke(IIncomingGrainCallContext context)
    {
        // Orleans' own extension calls (deactivation, diagnostics) reach the same grains on other interfaces.
        if (typeof(ITenantGrain).IsAssignableFrom(context.InterfaceMethod.DeclaringType))
        {
            var key = context.TargetId.Key.ToString()!;
            var access = Required.GetOrAdd(context.InterfaceMethod, m => m.GetCustomAttribute<RequiresAttribute>()?.Access);
            Check(Caller.Current, TenantKeys.Tenant(key), access, key);
        }
        return context.Invoke();
    }

    internal static void Check(Caller? caller, string tenant, Access? access, string? grainKey)
    {
        if (caller is null)
            throw RuleViolation.Forbidden("Du skal være logget ind.");
        if (caller.IsScoped && (access is null || !AccessRules.Allows(caller, tenant, access.Value, grainKey)))
            throw RuleViolation.Forbidden(caller.Role == Role.Guest
                ? "Som gæst har du kun adgang til den workshop, du er inviteret til."
                : "Med din personlige kode har du kun adgang til dine egne svar.");
        if (access is null || !AccessRules.Allows(caller, tenant, access.Value, grainKey))
            throw RuleViolation.Forbidden(caller.Municipality == tenant
                ? "Din rolle giver ikke adgang til denne handling."
                : "Du har ikke adgang til en anden kommunes data.");
    }
}
