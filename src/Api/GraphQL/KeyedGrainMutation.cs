using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.Municipalities;
using Recovery.Api.SteeringGroups;

namespace Recovery.Api.GraphQL;

/// <summary>
/// A mutation on one of a municipality's grains named by an id (a temperature round, a case review):
/// the caller, the municipality and the id are checked before any grain is activated.
/// </summary>
internal static class KeyedGrainMutation
{
    /// <param name="what">The thing the id names, as it ends the Danish error ("Ugyldigt id på målingen.").</param>
    public static void Add<TInput, TGrain>(ObjectGraphType mutation, string name, Func<TInput, string> idOf, Func<string, string, string> grainKey,
        string what, Func<IResolveFieldContext, TGrain, TInput, string, Task<Change>> run)
        where TInput : MunicipalityInput where TGrain : IGrainWithStringKey =>
        mutation.Field<NonNullGraphType<ChangeType>>(name)
            .Argument<NonNullGraphType<InputType<TInput>>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                c.RequireCaller();
                MunicipalityQueries.Find(input.MunicipalityCode);
                var id = idOf(input);
                if (!Identifier.IsValid(id)) throw Errors.Error(RuleViolation.Codes.Validation, $"Ugyldigt id på {what}.");
                var grain = c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<TGrain>(grainKey(input.MunicipalityCode, id));
                return await run(c, grain, input, id);
            });
}
