using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.Municipalities;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.ReferenceNetwork;

namespace Recovery.Api.ReferenceNetwork;

internal static class ReferenceNetworkFields
{
    public static void AddReferenceNetworkQuery(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ReferenceNetworkType>>("referenceNetwork")
            .Description("Sammenligningen med referencenetværket for kommunens egne folk og den nationale koordinator.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ReferenceNetworkReader>()
                .Read(MunicipalityQueries.Find(c.GetArgument<string>("code")).Code, c.RequireCaller()));

    public static void AddReferenceNetworkMutations(this ObjectGraphType mutation)
    {
        Membership(mutation, "joinReferenceNetwork", "Melder kommunen ind i referencenetværket (kun kommunens strategiske leder).",
            m => m.JoinReferenceNetwork(new JoinReferenceNetwork()));
        Membership(mutation, "leaveReferenceNetwork", "Melder kommunen ud; udgivne udgaver beholder dens tal, nye bruger dem ikke.",
            m => m.LeaveReferenceNetwork(new LeaveReferenceNetwork()));
        mutation.Field<NonNullGraphType<EditionHeadingType>>("publishReferenceNetworkEdition")
            .Description("Samler medlemmernes tal og udgiver en ny udgave (kun den nationale koordinator); uændrede tal giver ingen ny udgave.")
            .ResolveAsync(async c =>
            {
                c.RequireCaller();
                var network = c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IReferenceNetworkGrain>(0);
                var id = await network.Publish();
                return (await network.Editions()).Single(e => e.Id == id);
            });
    }

    private static void Membership(ObjectGraphType mutation, string name, string description, Func<IMunicipalityGrain, Task<long>> run) =>
        mutation.Field<NonNullGraphType<ChangeType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<StringGraphType>>("municipalityCode")
            .ResolveAsync(async c =>
            {
                c.RequireCaller();
                var code = MunicipalityQueries.Find(c.GetArgument<string>("municipalityCode")).Code;
                return new Change(await run(c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IMunicipalityGrain>(code)), null);
            });
}
