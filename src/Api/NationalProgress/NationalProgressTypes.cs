using GraphQL;
using GraphQL.Types;
using Recovery.Api.History;
using Recovery.Api.Municipalities;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.Assessments;
using Recovery.Grains.Municipalities;
using Recovery.Grains.NationalProgress;

namespace Recovery.Api.NationalProgress;

internal sealed class NationalConsoleType : ObjectGraphType<NationalConsole>
{
    public NationalConsoleType()
    {
        Name = "NationalConsole";
        Description = "Alle deltagende kommuners fremdrift. Kun for den nationale koordinator; tal og datoer, aldrig navne eller fritekst.";
        Field<NonNullGraphType<StringGraphType>>("asOf").Description("Dagen, forsinkede handlinger regnes fra.").Resolve(c => c.Source.AsOf.ToString("O"));
        Field<NonNullGraphType<IntGraphType>>("participating").Description("Tilmeldte kommuner i alt.").Resolve(c => c.Source.Participating);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Kommuner, der matcher filtrene.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityProgressType>>>>("municipalities").Resolve(c => c.Source.Page);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionProgressType>>>>("regions")
            .Description("Alle fem regioner; fasefilteret gælder, regionsfilteret ikke.").WithComplexityImpact(1, 5).Resolve(c => c.Source.Regions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgressQuarterType>>>>("trends")
            .Description("Kvartal for kvartal, ældste først, over de kommuner, filtrene viser.").WithComplexityImpact(1, ProgressQuarter.MaxQuarters).Resolve(c => c.Source.Trends);
    }
}

internal sealed class PageInfoType : ObjectGraphType<NationalConsole>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("Gives som after for at hente næste side.").Resolve(c => c.Source.EndCursor);
    }
}

internal sealed class MunicipalityProgressType : ObjectGraphType<MunicipalityProgressModel>
{
    public MunicipalityProgressType()
    {
        Name = "MunicipalityProgress";
        Description = "Én kommunes fremdrift: fase, tjekliste, temperaturmålinger, handlinger, workshops og deltagere som antal.";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Municipality.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Municipality.Name);
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Municipality.Region);
        Field<NonNullGraphType<ProgrammePhaseType>>("phase").Resolve(c => c.Source.Programme.Phase);
        Field<NonNullGraphType<StringGraphType>>("phaseTitle").Resolve(c => c.Source.Programme.Phase.DanishTitle());
        Field<NonNullGraphType<StringGraphType>>("joinedAt").Resolve(c => c.Source.Programme.JoinedAt!.Value.ToString("O"));
        Field<NonNullGraphType<IntGraphType>>("checklistDone").Resolve(c => c.Source.Programme.Ticked.Length);
        Field<NonNullGraphType<IntGraphType>>("checklistTotal").Resolve(_ => ChecklistItems.All.Count);
        Field<TemperatureSnapshotType>("lastTemperatureRound").Resolve(c => c.Source.LastRound);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TemperatureSnapshotType>>>>("temperatureRounds")
            .Description("Afsluttede målinger, ældste først.").WithComplexityImpact(1, 4).Resolve(c => c.Source.ClosedRounds);
        Field<NonNullGraphType<ActionCountsType>>("actions").Resolve(c => c.Source.Actions);
        Field<NonNullGraphType<WorkshopActivityType>>("workshops").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleCountType>>>>("participants")
            .Description("Personer i kommunens grupper efter rolle; hver person én gang.").WithComplexityImpact(1, RoleCount.MemberRoles).Resolve(c => RoleCount.Of(c.Source.Participants));
        Field<NonNullGraphType<BooleanGraphType>>("citizensTakePart").Description("Mindst én borger sidder i en af grupperne.")
            .Resolve(c => c.Source.CitizensTakePart);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupStatusType>>>>("groups")
            .Description("Styregruppen først, derefter implementeringsgrupperne efter navn. Spørg efter den i municipalityProgress; 100 kommuners grupper er for meget i én forespørgsel.")
            .WithComplexityImpact(1, 10)
            .Resolve(c => c.Source.OrderedGroups.Select(g => new GroupProgressModel(g, c.Source.Today)));
    }
}

internal sealed class WorkshopActivityType : ObjectGraphType<MunicipalityProgressModel>
{
    public WorkshopActivityType()
    {
        Name = "WorkshopActivity";
        Field<NonNullGraphType<IntGraphType>>("planned").Description("Planlagt, ikke afholdt endnu.").Resolve(c => c.Source.WorkshopsPlanned);
        Field<NonNullGraphType<IntGraphType>>("held").Resolve(c => c.Source.WorkshopsHeld.Count());
        Field<StringGraphType>("lastHeldAt").Resolve(c => c.Source.WorkshopsHeld.Select(w => (DateTimeOffset?)w.HeldAt).Max()?.ToString("O"));
    }
}

internal sealed class TemperatureSnapshotType : ObjectGraphType<TemperatureRoundSummary>
{
    public TemperatureSnapshotType()
    {
        Name = "TemperatureSnapshot";
        Description = "En afsluttet temperaturmåling som tal: gennemsnit pr. forudsætning, aldrig svar fra enkelte.";
        Field<NonNullGraphType<StringGraphType>>("closedAt").Resolve(c => c.Source.ClosedAt!.Value.ToString("O"));
        Field<NonNullGraphType<IntGraphType>>("questionnaireVersion").Resolve(c => c.Source.QuestionnaireVersion);
        Field<NonNullGraphType<IntGraphType>>("respondents").Resolve(c => c.Source.Results.Select(r => r.Respondents).DefaultIfEmpty(0).Max());
        Field<FloatGraphType>("mean").Description("Gennemsnittet af forudsætningernes gennemsnit.").Resolve(c => RoundMean.Of(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrerequisiteMeanType>>>>("results").WithComplexityImpact(1, 8).Resolve(c => c.Source.Results);
    }
}

internal sealed class PrerequisiteMeanType : ObjectGraphType<PrerequisiteResult>
{
    public PrerequisiteMeanType()
    {
        Name = "PrerequisiteMean";
        Field<NonNullGraphType<IntGraphType>>("prerequisite").Resolve(c => (int)c.Source.Prerequisite);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Prerequisite.DanishTitle());
        Field<FloatGraphType>("mean").Resolve(c => c.Source.Mean);
    }
}

internal sealed class ActionCountsType : ObjectGraphType<ActionCounts>
{
    public ActionCountsType()
    {
        Name = "ActionCounts";
        Description = "Handlinger efter status; forsinkede (frist overskredet, ikke færdige) tælles også under deres status.";
        Field(a => a.Planned);
        Field(a => a.InProgress);
        Field(a => a.OnHold);
        Field(a => a.Done);
        Field(a => a.Overdue);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
    }
}

internal sealed record RoleCount(Role Role, int Count)
{
    public static readonly int MemberRoles = Enum.GetValues<Role>().Length - 2;

    public static IEnumerable<RoleCount> Of(IReadOnlyDictionary<Role, int> counts) =>
        counts.Where(c => c.Value > 0).OrderBy(c => c.Key).Select(c => new RoleCount(c.Key, c.Value));
}

internal sealed class RoleCountType : ObjectGraphType<RoleCount>
{
    public RoleCountType()
    {
        Name = "RoleCount";
        Field<NonNullGraphType<MemberRoleType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Role.Danish());
        Field(r => r.Count);
    }
}

internal sealed class RegionProgressType : ObjectGraphType<RegionProgress>
{
    public RegionProgressType()
    {
        Name = "RegionProgress";
        Field(r => r.Region);
        Field(r => r.Municipalities).Description("Kommuner i regionen i alt.");
        Field(r => r.Participating).Description("Tilmeldte kommuner, der matcher fasefilteret.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PhaseCountType>>>>("phases").WithComplexityImpact(1, 4).Resolve(c => c.Source.Phases);
        Field<NonNullGraphType<ActionCountsType>>("actions").Resolve(c => c.Source.Actions);
        Field(r => r.WorkshopsHeld);
        Field(r => r.CitizensTakePart).Description("Kommuner med mindst én borger i en gruppe.");
        Field(r => r.TemperatureMean, nullable: true).Description("Gennemsnit af kommunernes seneste måling.");
    }
}

internal sealed class PhaseCountType : ObjectGraphType<KeyValuePair<ProgrammePhase, int>>
{
    public PhaseCountType()
    {
        Name = "PhaseCount";
        Field<NonNullGraphType<ProgrammePhaseType>>("phase").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Key.DanishTitle());
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Value);
    }
}

internal sealed class ProgressQuarterType : ObjectGraphType<ProgressQuarter>
{
    public ProgressQuarterType()
    {
        Name = "ProgressQuarter";
        Field(q => q.Quarter).Description("Som 2026K3.");
        Field(q => q.Joined).Description("Tilmeldte ved kvartalets slutning.");
        Field(q => q.WorkshopsHeld);
        Field(q => q.TemperatureRounds);
        Field(q => q.TemperatureMean, nullable: true);
        Field(q => q.ActionsDone);
    }
}
