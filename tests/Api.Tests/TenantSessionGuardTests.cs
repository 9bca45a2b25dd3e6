using System.Reflection;
using System.Reflection.Emit;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Grains.NationalProgress;
using Recovery.Grains.Shared;

namespace Recovery.Api.Tests;

/// <summary>
/// Every session that serves a user belongs to one municipality: the store refuses to open one
/// without, and the only code that reads across municipalities is <see cref="AcrossMunicipalities"/>,
/// which accepts only the read models marked for it.
/// </summary>
public sealed class TenantSessionGuardTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Assembly[] Product = [typeof(RecoveryApi).Assembly, typeof(TenantKeys).Assembly, typeof(Program).Assembly];

    [Fact]
    public async Task A_session_without_a_municipality_cannot_be_opened_on_the_server_that_serves_users()
    {
        var store = api.Server.Services.GetRequiredService<IDocumentStore>();

        Assert.ThrowsAny<DefaultTenantUsageDisabledException>(() => store.QuerySession());
        Assert.ThrowsAny<DefaultTenantUsageDisabledException>(() => store.LightweightSession());
        Assert.ThrowsAny<DefaultTenantUsageDisabledException>(() => store.IdentitySession());

        // The way round it is a municipality's session, which sees that municipality only.
        await using var herning = store.QuerySession("657");
        await using var national = AcrossMunicipalities.Session(store);
        var own = await herning.Query<MunicipalityProgress>().Select(p => p.Municipality).ToListAsync(Ct);
        var all = await AcrossMunicipalities.Query<MunicipalityProgress>(national).Select(p => p.Municipality).ToListAsync(Ct);
        Assert.Equal(["657"], own);
        Assert.Contains("265", all);
    }

    [Fact]
    public void Queries_across_municipalities_are_asked_only_through_AcrossMunicipalities()
    {
        var crossings = Product.SelectMany(CrossTenantCalls).ToArray();

        // The scan must see the calls it guards, or it proves nothing.
        Assert.Contains(crossings, c => c.Owner == typeof(AcrossMunicipalities));
        Assert.Empty(crossings.Where(c => c.Owner != typeof(AcrossMunicipalities)).Select(c => $"{c.Owner.FullName}.{c.Method}"));
    }

    [Fact]
    public void Only_national_read_models_and_door_indexes_can_be_read_across_municipalities()
    {
        var readable = Product.SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && typeof(ICrossMunicipalityReadModel).IsAssignableFrom(t))
            .Select(t => t.Name).Order(StringComparer.Ordinal);

        // Adding to this list widens what one query may return from all 98 municipalities: it needs a reason in docs/security.md.
        Assert.Equal(
            ["GroupProgress", "MunicipalityProgress", "PersonalCodeEntry", "ReferenceNetworkMembership", "TemperatureRoundSummary", "WorkshopInvitation"],
            readable);
    }

    private sealed record Crossing(Type Owner, string Method);

    private static readonly MethodInfo[] TenantEscapes =
        [.. typeof(LinqExtensions).GetMethods().Where(m => m.Name is nameof(LinqExtensions.AnyTenant) or nameof(LinqExtensions.TenantIsOneOf))];

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>
    /// Every method body that names AnyTenant or TenantIsOneOf: expression trees name them with ldtoken,
    /// plain calls with call, and lambdas and async methods live in nested compiler types, so the owner is the outermost type.
    /// </summary>
    private static IEnumerable<Crossing> CrossTenantCalls(Assembly assembly)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method.GetMethodBody()?.GetILAsByteArray() is not { } il) continue;
            if (NamedMembers(method, il).Any(m => m is MethodInfo { IsGenericMethod: true } g && TenantEscapes.Contains(g.GetGenericMethodDefinition())))
                yield return new Crossing(Outermost(type), $"{type.Name}.{method.Name}");
        }
    }

    private static IEnumerable<MemberInfo> NamedMembers(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var code = OpCodesByValue[value];
            at += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineTok)
                yield return method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments)!;
            at += OperandSize(code.OperandType, il, at);
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;
}
