using GraphQL;
using GraphQL.Types;
using Recovery.Api.History;
using Recovery.Api.Staircase;
using Recovery.Api.Workshops;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.SteeringGroups;

internal sealed class SteeringGroupType : ObjectGraphType<SteeringGroupModel>
{
    public SteeringGroupType()
    {
        Name = "SteeringGroup";
        Description = "Kommunens styregruppe: medlemmer, beslutningslog og udviklingsplan.";
        Field<NonNullGraphType<StringGraphType>>("municipalityCode").Resolve(c => c.Source.MunicipalityCode);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Strømmens version; vokser ved hver ændring.").Resolve(c => (int)c.Source.Version);
        Field<StringGraphType>("asOf").Description("Dagen (åååå-mm-dd) gruppen er vist som; null for i dag.").Resolve(c => c.Source.AsOf?.ToString("yyyy-MM-dd"));
        Field<NonNullGraphType<BooleanGraphType>>("canGovern").Resolve(c => c.Source.CanGovern);
        Field<NonNullGraphType<BooleanGraphType>>("canEditPlan").Resolve(c => c.Source.CanEditPlan);
        Field<NonNullGraphType<StringGraphType>>("mandate").Description("Styregruppens mandat.").Resolve(c => c.Source.State.Mandate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberType>>>>("members")
            .Resolve(c => c.Source.State.Members.Select((m, i) => new MemberModel(c.Source.VisibleId(m.PersonId, i), c.Source.NameOf(m.PersonId), m.Role)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionType>>>>("decisions")
            .Description("Nyeste først.")
            .Resolve(c => c.Source.State.Decisions.Reverse().Select(d => new DecisionModel(d, c.Source.NameOf(d.RecordedBy),
                [.. c.Source.State.Plan.Where(i => i.DecisionId == d.Id).Select(i => i.Id)], c.Source.Withheld(d.Id))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrerequisitePlanType>>>>("developmentPlan")
            .Description("Altid otte afsnit, ét pr. organisatorisk forudsætning.")
            .WithComplexityImpact(1, OrganisationalPrerequisites.All.Count)
            .Resolve(c => OrganisationalPrerequisites.All.Select(p => new PrerequisitePlan(p,
                c.Source.State.Plan.Where(i => i.Prerequisite == p)
                    .Select(i => new PlanItemModel(i with { OwnerId = c.Source.VisibleOwner(i.OwnerId) }, c.Source.NameOf(i.OwnerId), c.Source.Withheld(i.Id))).ToArray())));
        this.AddWorkshopFields();
        this.AddHistoryField(SteeringGroupHistory.Stream,
            g => new HistorySource(g.MunicipalityCode, SteeringGroupKeys.Stream(g.MunicipalityCode), g.Version, g.Viewer));
    }
}

internal sealed record MemberModel(string PersonId, string? Name, Role Role);

internal sealed class MemberType : ObjectGraphType<MemberModel>
{
    public MemberType()
    {
        Name = "Member";
        Field(m => m.PersonId);
        Field(m => m.Name, nullable: true).Description("Skjult (null) for personer uden for kommunen.");
        Field<NonNullGraphType<MemberRoleType>>("role").Resolve(c => c.Source.Role);
    }
}

/// <summary>The roles a group member can hold: every <see cref="Role"/> but the national coordinator's and a guest's.</summary>
internal sealed class MemberRoleType : EnumerationGraphType
{
    public MemberRoleType()
    {
        Name = "MemberRole";
        foreach (var role in Enum.GetValues<Role>().Where(r => r is not (Role.NationalCoordinator or Role.Guest)))
            Add(role.ToString().ToConstantCase(), role);
    }
}

internal sealed record DecisionModel(SteeringDecision Decision, string? RecordedByName, string[] ItemIds, bool Withheld);

internal sealed class DecisionType : ObjectGraphType<DecisionModel>
{
    public DecisionType()
    {
        Name = "Decision";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Decision.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Decision.Title);
        Field<NonNullGraphType<StringGraphType>>("rationale").Resolve(c => c.Source.Decision.Rationale);
        Field<NonNullGraphType<StringGraphType>>("recordedAt").Resolve(c => c.Source.Decision.RecordedAt.ToString("O"));
        Field<StringGraphType>("recordedByName").Resolve(c => c.Source.RecordedByName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("itemIds").Description("Punkterne i udviklingsplanen, beslutningen skabte.").Resolve(c => c.Source.ItemIds);
        Field<NonNullGraphType<BooleanGraphType>>("withheld").Description("Skrevet af en borger og ikke delt med dig.").Resolve(c => c.Source.Withheld);
    }
}

internal sealed record PrerequisitePlan(OrganisationalPrerequisite Prerequisite, PlanItemModel[] Items);

internal sealed class PrerequisitePlanType : ObjectGraphType<PrerequisitePlan>
{
    public PrerequisitePlanType()
    {
        Name = "PrerequisitePlan";
        Field<NonNullGraphType<PrerequisiteType>>("prerequisite").Resolve(c => c.Source.Prerequisite);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanItemType>>>>("items").Resolve(c => c.Source.Items);
    }
}

internal sealed class PrerequisiteType : ObjectGraphType<OrganisationalPrerequisite>
{
    public PrerequisiteType()
    {
        Name = "Prerequisite";
        Description = "En af de otte organisatoriske forudsætninger.";
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(c => (int)c.Source);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.DanishTitle());
    }
}

internal sealed record PlanItemModel(DevelopmentPlanItem Item, string? OwnerName, bool Withheld);

internal sealed class PlanItemType : ObjectGraphType<PlanItemModel>
{
    public PlanItemType()
    {
        Name = "PlanItem";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Item.Id);
        Field<NonNullGraphType<IntGraphType>>("prerequisite").Resolve(c => (int)c.Source.Item.Prerequisite);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Item.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Item.Description);
        Field<StringGraphType>("ownerId").Resolve(c => c.Source.Item.OwnerId);
        Field<StringGraphType>("ownerName").Resolve(c => c.Source.OwnerName);
        Field<StringGraphType>("due").Description("yyyy-MM-dd").Resolve(c => c.Source.Item.Due?.ToString("yyyy-MM-dd"));
        Field<NonNullGraphType<PlanItemStatusType>>("status").Resolve(c => c.Source.Item.Status);
        Field<IdGraphType>("decisionId").Description("Beslutningen, der skabte punktet.").Resolve(c => c.Source.Item.DecisionId);
        Field<NonNullGraphType<BooleanGraphType>>("withheld").Description("Skrevet af en borger og ikke delt med dig.").Resolve(c => c.Source.Withheld);
        Field<PlanItemSourceType>("source").Description("Målingen, punktet blev lavet ud fra.").Resolve(c => c.Source.Item.Source);
        Field<KeyFigureType>("aimFigure").Description("Nøgletallet, punktet sigter mod.").Resolve(c => c.Source.Item.Aim?.Figure);
        Field<IdGraphType>("aimStepId").Description("Trinnet i indsatstrappen, når nøgletallet gælder ét trin.").Resolve(c => c.Source.Item.Aim?.StepId);
    }
}

internal sealed class PlanItemSourceType : ObjectGraphType<PlanItemSource>
{
    public PlanItemSourceType()
    {
        Name = "PlanItemSource";
        Field<NonNullGraphType<MeasurementKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
    }
}

internal sealed class MeasurementKindType : EnumerationGraphType<MeasurementKind>
{
    public MeasurementKindType() => Name = "MeasurementKind";
}

internal sealed class PlanItemStatusType : EnumerationGraphType<PlanItemStatus>
{
    public PlanItemStatusType() => Name = "PlanItemStatus";
}
