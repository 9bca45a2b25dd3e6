using GraphQL.Types;
using Recovery.Api.GraphQL;
using Recovery.Api.History;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.ImplementationGroups;

namespace Recovery.Api.ImplementationGroups;

internal sealed class ImplementationGroupType : ObjectGraphType<ImplementationGroupModel>
{
    public ImplementationGroupType()
    {
        Name = "ImplementationGroup";
        Description = "En implementeringsgruppe: medlemmer, mandat, implementeringsplan, beslutninger, drivkræfter og barrierer, rapporter og prøvehandlinger.";
        Field<NonNullGraphType<StringGraphType>>("municipalityCode").Resolve(c => c.Source.MunicipalityCode);
        Field<NonNullGraphType<StringGraphType>>("slug").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.State.Name);
        Field<NonNullGraphType<StringGraphType>>("focus").Resolve(c => c.Source.State.Focus);
        Field<NonNullGraphType<StringGraphType>>("mandate").Resolve(c => c.Source.State.Mandate);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Strømmens version; vokser ved hver ændring.").Resolve(c => (int)c.Source.Version);
        Field<NonNullGraphType<BooleanGraphType>>("canGovern").Description("Må ændre medlemmer, mandat og sende rapporter.").Resolve(c => c.Source.CanGovern);
        Field<NonNullGraphType<BooleanGraphType>>("canEditPlan").Resolve(c => c.Source.CanEditPlan);
        Field<IdGraphType>("tovholderId").Resolve(c => c.Source.People.VisibleId(c.Source.State.TovholderId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberType>>>>("members")
            .Resolve(c => c.Source.State.Members.Select(m => new MemberModel(c.Source.People.VisibleId(m.PersonId)!, c.Source.People.NameOf(m.PersonId), m.Role)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityType>>>>("activities")
            .Resolve(c => c.Source.State.Activities.Select(a => new ActivityModel(a, c.Source)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupDecisionType>>>>("decisions")
            .Description("Nyeste først.")
            .Resolve(c => c.Source.State.Decisions.Reverse().Select(d => new GroupDecisionModel(d, c.Source)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DriverOrBarrierType>>>>("driversAndBarriers")
            .Resolve(c => c.Source.State.Forces.Select(f => new DriverOrBarrierModel(f, c.Source.Withheld(f.Id))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupReportType>>>>("reports")
            .Description("Nyeste først.")
            .Resolve(c => c.Source.State.Reports.Reverse().Select(r => new GroupReportModel(r, c.Source)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrialActionType>>>>("trialActions")
            .Resolve(c => c.Source.State.Trials.Select(t => new TrialActionModel(t, c.Source)));
        Field<StringGraphType>("asOf").Description("Dagen, gruppen er vist som den var ved udgangen af (åååå-mm-dd); null for i dag.")
            .Resolve(c => InputDates.Text(c.Source.AsOf));
        this.AddHistoryField(ImplementationGroupHistory.Stream,
            g => new HistorySource(g.MunicipalityCode, ImplementationGroupKeys.Stream(g.MunicipalityCode, g.Slug), g.Version, g.Viewer));
    }
}

internal sealed record GroupDecisionModel(GroupDecision Decision, ImplementationGroupModel Group);

internal sealed class GroupDecisionType : ObjectGraphType<GroupDecisionModel>
{
    public GroupDecisionType()
    {
        Name = "GroupDecision";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Decision.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Decision.Title);
        Field<NonNullGraphType<StringGraphType>>("rationale").Resolve(c => c.Source.Decision.Rationale);
        Field<NonNullGraphType<StringGraphType>>("recordedAt").Resolve(c => c.Source.Decision.RecordedAt.ToString("O"));
        Field<StringGraphType>("recordedByName").Resolve(c => c.Source.Group.People.NameOf(c.Source.Decision.RecordedBy));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("activityIds")
            .Description("Handlingerne, beslutningen skabte.").Resolve(c => c.Source.Decision.ActivityIds);
        Field<NonNullGraphType<BooleanGraphType>>("withheld").Resolve(c => c.Source.Group.Withheld(c.Source.Decision.Id));
    }
}

internal sealed record DriverOrBarrierModel(DriverOrBarrier Force, bool Withheld);

internal sealed class DriverOrBarrierType : ObjectGraphType<DriverOrBarrierModel>
{
    public DriverOrBarrierType()
    {
        Name = "DriverOrBarrier";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Force.Id);
        Field<NonNullGraphType<EnumerationGraphType<ForceKind>>>("kind").Resolve(c => c.Source.Force.Kind);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Force.Text);
        Field<NonNullGraphType<BooleanGraphType>>("withheld").Description("Skrevet af en borger og ikke delt med dig.").Resolve(c => c.Source.Withheld);
    }
}

internal sealed record GroupReportModel(GroupReport Report, ImplementationGroupModel Group);

internal sealed class GroupReportType : ObjectGraphType<GroupReportModel>
{
    public GroupReportType()
    {
        Name = "GroupReport";
        Description = "En statusrapport fra implementeringsgruppen til styregruppen.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Report.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Report.Title);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Report.Text);
        Field<NonNullGraphType<StringGraphType>>("submittedAt").Resolve(c => c.Source.Report.SubmittedAt.ToString("O"));
        Field<StringGraphType>("submittedByName").Resolve(c => c.Source.Group.People.NameOf(c.Source.Report.SubmittedBy));
        Field<NonNullGraphType<BooleanGraphType>>("withheld").Resolve(c => c.Source.Group.Withheld(c.Source.Report.Id));
    }
}
