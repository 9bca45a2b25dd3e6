using System.Collections.Immutable;
using Recovery.Grains.Assessments;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Workshops;

namespace Recovery.Api.Demo.Country;

/// <summary>
/// Stores one municipality's <see cref="CountryPlan"/> through its grains, part by part, each only
/// while it does not exist yet: a second run keeps whatever people changed. Commands that do not
/// depend on each other go at once, so the reentrant grains store them in shared commits.
/// </summary>
internal sealed class CountrySeeding(IGrainFactory grains, CountryPlan plan)
{
    private static readonly ImmutableArray<string> Agenda = ["Velkomst", "Udviklingsplanen", "Næste skridt"];

    private string Code => plan.Code;

    /// <summary>Each part is dated when the plan says it happened (see <see cref="DemoClock"/>).</summary>
    public async Task Seed()
    {
        DemoClock.Enter(plan.JoinedAt);
        await SteeringGroup();
        await Programme();
        foreach (var group in plan.Groups) await ImplementationGroup(group);
        foreach (var workshop in plan.Workshops) await Workshop(workshop);
        foreach (var round in plan.Rounds) await Round(round);
    }

    private async Task SteeringGroup()
    {
        plan.Tovholder.Enter(Code);
        var group = grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(Code));
        if ((await group.View()).State.Established) return;
        await group.Establish(new EstablishSteeringGroup());
        await Task.WhenAll(plan.Steering.Select(m => group.AddMember(new AddMember(m.Id, m.Name, m.Role))));
        await Task.WhenAll(plan.PlanItems.Select(group.AddPlanItem));
    }

    private async Task Programme()
    {
        var municipality = grains.GetGrain<IMunicipalityGrain>(Code);
        plan.Leader.Enter(Code);
        if ((await municipality.View()).State.Programme.Joined) return;
        await municipality.JoinProgramme(new JoinProgramme());
        plan.Tovholder.Enter(Code);
        await Task.WhenAll(plan.Ticks.Select(item => municipality.TickChecklistItem(new TickChecklistItem(item, true, plan.Tovholder.Name))));
        // Phase by phase, as a municipality moves through the programme.
        foreach (var phase in ProgrammePhases.All.Where(p => p > ProgrammePhase.StartUp && p <= plan.Phase))
            await municipality.ChangeProgrammePhase(new ChangeProgrammePhase(phase));
    }

    private async Task ImplementationGroup(GroupPlan planned)
    {
        plan.Tovholder.Enter(Code);
        var group = grains.GetGrain<IImplementationGroupGrain>(ImplementationGroupKeys.Grain(Code, planned.Slug));
        if ((await group.View()).State.Established) return;
        DemoClock.Enter(planned.EstablishedAt);
        await group.Establish(new EstablishImplementationGroup(planned.Name, planned.Focus));
        await Task.WhenAll(planned.Members.Select(m => group.AddMember(new AddGroupMember(m.Id, m.Name, m.Role))));
        await Task.WhenAll(
            group.AppointTovholder(new AppointTovholder(planned.TovholderId)),
            group.SetMandate(new SetMandate($"Gruppen omsætter de otte principper til praksis, med fokus på {planned.Focus.ToLowerInvariant()}, og rapporterer til styregruppen.")));
        await Task.WhenAll(planned.Activities.Select(group.AddActivity));
    }

    /// <summary>Scheduled, opened, attended and closed through the workshop grain, so the steering group records it as held.</summary>
    private async Task Workshop(WorkshopPlan workshop)
    {
        plan.Tovholder.Enter(Code);
        var room = grains.GetGrain<IWorkshopGrain>(WorkshopKeys.Grain(Code, workshop.Id));
        var summary = await room.Summary();
        if (summary?.Status == WorkshopStatus.Closed) return;
        DemoClock.Enter(workshop.StartsAt.AddDays(-21));
        if (summary is null) await room.Schedule(new ScheduleWorkshop(workshop.Title, workshop.StartsAt, Agenda));
        DemoClock.Enter(workshop.StartsAt);
        await room.Open();
        await Task.WhenAll(workshop.Attendees.Select(person => Attend(room, person)));
        plan.Tovholder.Enter(Code);
        DemoClock.Enter(workshop.StartsAt.AddHours(3));
        await room.Close();
    }

    private async Task Attend(IWorkshopGrain room, DemoPerson person)
    {
        person.Enter(Code);
        var connection = $"seed-{person.Id}";
        await room.Join(connection, person.Name, null, false);
        await room.Leave(connection);
    }

    private async Task Round(RoundPlan round)
    {
        plan.Tovholder.Enter(Code);
        var grain = grains.GetGrain<ITemperatureRoundGrain>(TemperatureRoundKeys.Grain(Code, round.Id));
        var view = await grain.View();
        if (view.Results is not null) return;
        var questionnaire = DefaultQuestionnaire.Version1;
        DemoClock.Enter(round.OpenedAt);
        if (view.QuestionnaireVersion == 0)
            await grain.Open(new OpenRound(round.Title, questionnaire, [.. round.Respondents.Select(r => r.Id)]));
        else questionnaire = view.Questionnaire!;
        await Task.WhenAll(round.Respondents.Select((person, index) => Respond(grain, questionnaire, round, person, index)));
        plan.Tovholder.Enter(Code);
        DemoClock.Enter(round.ClosedAt);
        await grain.Close();
    }

    /// <summary>Each answers near the round's leaning, a little differently by statement and person.</summary>
    private async Task Respond(ITemperatureRoundGrain grain, TemperatureQuestionnaire questionnaire, RoundPlan round, DemoPerson person, int index)
    {
        person.Enter(Code);
        var scores = questionnaire.Statements.Select((s, i) =>
            (s.Id, Score: Math.Clamp(round.Basis[(int)s.Prerequisite - 1] + ((i * 7 + index * 3) % 5 - 2) / 2, 0, 5)));
        await grain.Respond(new Respond(scores.ToImmutableDictionary(s => s.Id, s => s.Score)));
    }
}
