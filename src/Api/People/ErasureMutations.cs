using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.Municipalities;
using Recovery.Grains.People;

namespace Recovery.Api.People;

internal sealed class ErasePersonInput : MunicipalityInput
{
    public string PersonId { get; init; } = "";
}

internal static class ErasureMutations
{
    public static void AddErasureMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<BooleanGraphType>>("erasePerson")
            .Description("Sletter en persons navn fra kommunens katalog på personens anmodning; overalt vises derefter \"slettet person\". "
                         + "Kun kommunens tovholder og strategiske ledere. true: slettet nu; false: var allerede slettet.")
            .Argument<NonNullGraphType<InputType<ErasePersonInput>>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ErasePersonInput>("input");
                var code = MunicipalityQueries.Find(input.MunicipalityCode).Code;
                AccessRules.Demand(c.RequireCaller(), code, Access.Govern);
                if (!Identifier.IsValid(input.PersonId)) throw Errors.Error(RuleViolation.Codes.Validation, "Ugyldigt person-id.");
                return await c.RequestServices!.GetRequiredService<IGrainFactory>()
                    .GetGrain<IPersonDirectoryGrain>(PersonDirectoryKeys.Grain(code)).Erase(input.PersonId);
            });
}
