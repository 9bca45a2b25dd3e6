using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.Demo.Country;

/// <summary>A made-up person in one municipality's demo data.</summary>
internal sealed record DemoPerson(string Id, string Name, Role Role)
{
    public void Enter(string municipality) => new Caller(Id, municipality, Role).Enter();
}

internal sealed record GroupPlan(
    string Slug, string Name, string Focus, DemoPerson[] Members, string TovholderId, AddActivity[] Activities, DateTimeOffset EstablishedAt);

internal sealed record WorkshopPlan(string Id, string Title, DateTimeOffset StartsAt, DemoPerson[] Attendees);

/// <summary>A closed round: its respondents and, per prerequisite (1–8), the score they lean towards.</summary>
internal sealed record RoundPlan(string Id, string Title, DemoPerson[] Respondents, int[] Basis, DateTimeOffset OpenedAt)
{
    public DateTimeOffset ClosedAt => OpenedAt.AddDays(14);
}

/// <summary>
/// Everything the country seeding gives one municipality, drawn in full from a random generator
/// seeded by its code before anything is stored: the same code always gets the same data, whatever
/// a previous run already stored.
/// </summary>
internal sealed record CountryPlan(
    Municipality Municipality,
    DemoPerson Leader,
    DemoPerson Tovholder,
    DateTimeOffset JoinedAt,
    ProgrammePhase Phase,
    ChecklistItem[] Ticks,
    DemoPerson[] Steering,
    AddPlanItem[] PlanItems,
    GroupPlan[] Groups,
    WorkshopPlan[] Workshops,
    RoundPlan[] Rounds)
{
    public string Code => Municipality.Code;
}
