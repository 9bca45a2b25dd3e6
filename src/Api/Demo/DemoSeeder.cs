using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Recovery.Api.Demo.Country;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.Demo;

/// <summary>
/// Gives Herning and Roskilde a steering group and Herning two implementation groups, a staircase and a concluded case review to look at,
/// gives Herning's demo staff member six pseudonymised citizens with measures,
/// and takes Herning into the programme (Roskilde is left to join by hand). It seeds a group only while
/// it is not yet established, and the programme only while Herning has not joined, so a second run
/// keeps whatever people changed since. With <c>Recovery:Demo:Country</c> it also builds a reference network
/// (<see cref="DemoReferenceNetwork"/>), seeds the rest of the country (<see cref="DemoCountry"/>) and then
/// publishes the network's first edition, so the members' plans are in it.
/// </summary>
internal sealed partial class DemoSeeder(
    IGrainFactory grains, DemoSeeding seeding, DemoCountry country, IOptions<DemoOptions> options, ILogger<DemoSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SeedAll();
            if (options.Value.Country)
            {
                await country.Seed(DemoCountry.AllCodes, options.Value.GroupsPerMunicipality, stoppingToken);
                await DemoReferenceNetwork.PublishFirstEdition(grains);
            }
            seeding.Finished();
        }
        catch (Exception e)
        {
            LogSeedingFailed(e);
            seeding.Failed(e);
        }
    }

    private async Task SeedAll()
    {
        await Seed("herning-tovholder",
            [Member("herning-tovholder"), Member("herning-chef"), Member("herning-borger"),
             new AddMember("p-657-sara", "Sara Nielsen", Role.Staff), new AddMember("p-657-ole", "Ole Bak", Role.Politician)],
            [new RecordDecision("d-seed-657-1", "Herning omlægger socialpsykiatrien til recovery-orienteret rehabilitering",
                 "Byrådets mål for 2027: flere borgere kommer sig og lever et liv på egne præmisser."),
             new RecordDecision("d-seed-657-2", "Borgere deltager lønnet i styregruppen",
                 "Intet om os uden os: borgerrepræsentanter deltager på lige fod.")],
            [new AddPlanItem("i-seed-657-1", 1, "Halvårlig status til Social- og Sundhedsudvalget",
                 "Udvalget følger omlægningen med nøgletal og borgernes egne fortællinger.", "p-657-birgitte", new DateOnly(2027, 3, 1), PlanItemStatus.InProgress),
             new AddPlanItem("i-seed-657-2", 5, "Fælles inddragende metode i myndighed",
                 "Sagsbehandlere arbejder med VUM 2.0 og borgerens egne mål.", "p-657-mette", new DateOnly(2027, 6, 1), PlanItemStatus.Planned),
             new AddPlanItem("i-seed-657-3", 8, "Planer skrives i borgerens egne ord",
                 "", "p-657-jonas", null, PlanItemStatus.Planned)]);
        await Seed("roskilde-leder",
            [Member("roskilde-leder")],
            [],
            [new AddPlanItem("i-seed-265-1", 2, "Strategi med konkrete mål for omlægningen",
                 "Strategien kendes på alle niveauer og følges op hvert kvartal.", "p-265-anne", new DateOnly(2027, 2, 1), PlanItemStatus.Planned)]);
        await DemoImplementationGroups.Seed(grains);
        await DemoStaircase.Seed(grains);
        await DemoTemperatureRounds.Seed(grains);
        await DemoCitizenMeasures.Seed(grains);
        await DemoCaseReviews.Seed(grains);
        await SeedProgramme();
        if (options.Value.Country) await DemoReferenceNetwork.Seed(grains);
    }

    private async Task SeedProgramme()
    {
        var municipality = grains.GetGrain<IMunicipalityGrain>("657");
        Enter("herning-chef");
        if ((await municipality.View()).State.Programme.Joined) return;

        await municipality.JoinProgramme(new JoinProgramme());
        Enter("herning-tovholder");
        await municipality.TickChecklistItem(new TickChecklistItem(ChecklistItem.SteeringGroup, true));
        await municipality.TickChecklistItem(new TickChecklistItem(ChecklistItem.CitizensRepresented, true));
        await municipality.ChangeProgrammePhase(new ChangeProgrammePhase(ProgrammePhase.Analysis));
        LogSeededProgramme("657");
    }

    private static void Enter(string personaId)
    {
        var persona = DemoPersonas.Find(personaId)!;
        new Caller(persona.PersonId, persona.Municipality, persona.Role).Enter();
    }

    private async Task Seed(string personaId, AddMember[] members, RecordDecision[] decisions, AddPlanItem[] items)
    {
        var persona = DemoPersonas.Find(personaId)!;
        Enter(personaId);
        var group = grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(persona.Municipality!));
        if ((await group.View()).State.Established) return;

        await group.Establish(new EstablishSteeringGroup());
        foreach (var member in members) await group.AddMember(member);
        foreach (var decision in decisions) await group.RecordDecision(decision);
        foreach (var item in items) await group.AddPlanItem(item);
        LogSeeded(persona.Municipality!);
    }

    private static AddMember Member(string personaId) =>
        DemoPersonas.Find(personaId) is { } p ? new AddMember(p.PersonId, p.Name, p.Role) : throw new ArgumentException(personaId);

    [LoggerMessage(LogLevel.Error, "Seeding the demo data failed; the demo starts without it")]
    private partial void LogSeedingFailed(Exception e);

    [LoggerMessage(LogLevel.Information, "Seeded the demo steering group of {Municipality}")]
    private partial void LogSeeded(string municipality);

    [LoggerMessage(LogLevel.Information, "Seeded the demo programme of {Municipality}")]
    private partial void LogSeededProgramme(string municipality);
}
