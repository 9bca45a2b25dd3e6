using GraphQL;
using GraphQL.Types;
using Recovery.Api.Auth;

namespace Recovery.Api.GraphQL;

internal static class ViewerQueries
{
    public static void AddViewerQueries(this ObjectGraphType query) =>
        query.Field<ViewerType>("me")
            .Description("Den indloggede person, eller null.")
            .Resolve(context => context.User.ToCaller() is { } caller
                ? new Viewer(caller, context.User!.FindFirst(CallerClaims.Name)?.Value ?? "")
                : null);
}

internal sealed record Viewer(Caller Caller, string Name);

internal sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Field<NonNullGraphType<StringGraphType>>("personId").Resolve(c => c.Source.Caller.PersonId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("role").Resolve(c => c.Source.Caller.Role.ToClaim());
        Field<StringGraphType>("municipalityCode").Resolve(c => c.Source.Caller.Municipality);
    }
}
