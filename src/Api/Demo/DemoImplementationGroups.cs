using Recovery.Grains.ImplementationGroups;

namespace Recovery.Api.Demo;

/// <summary>Herning's two demo implementation groups: one on the authority side, one in housing support.</summary>
internal static class DemoImplementationGroups
{
    public static async Task Seed(IGrainFactory grains)
    {
        var mette = DemoPersonas.Find("herning-tovholder")!;
        new Caller(mette.PersonId, mette.Municipality, mette.Role).Enter();

        var authority = grains.GetGrain<IImplementationGroupGrain>(ImplementationGroupKeys.Grain("657", "myndighed"));
        if (!(await authority.View()).State.Established)
        {
            await authority.Establish(new EstablishImplementationGroup("Myndighed", "Sagsbehandlingen i Social- og Sundhedsafdelingen"));
            await authority.AddMember(new AddGroupMember("p-657-sara", "Sara Nielsen", Role.CaseHandler));
            await authority.AddMember(new AddGroupMember("p-657-jonas", "Jonas Holm", Role.Citizen));
            await authority.AppointTovholder(new AppointTovholder("p-657-sara"));
            await authority.SetMandate(new SetMandate("Gruppen omsætter de otte principper til sagsbehandlingen og rapporterer kvartalsvis til styregruppen."));
            await authority.AddActivity(new AddActivity("a-seed-657-1", new ActivityFields(
                "Borgerens egne mål står først i handleplanen", "Sagsbehandlerne skriver målene med borgerens egne ord.",
                [1, 8], "p-657-sara", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), PlanItemStatus.InProgress)));
            await authority.AimActivity(new AimActivity("a-seed-657-1", new FigureAim(KeyFigure.EducationOrEmployment)));
            await authority.RecordDecision(new RecordGroupDecision("d-seed-657-impl-1", "Vi afprøver netværksmøder i tre sager",
                "Netværket er en ressource, vi sjældent bruger.",
                [new DecidedAction("a-seed-657-2", "Hold netværksmøde i tre nye sager", [3], "p-657-sara", new DateOnly(2026, 12, 15))]));
            await authority.NoteForce(new NoteForce("k-seed-657-1", ForceKind.Driver, "Ledelsen bakker op og har afsat tid."));
            await authority.NoteForce(new NoteForce("k-seed-657-2", ForceKind.Barrier, "Mange sager pr. sagsbehandler."));
            await authority.SubmitReport(new SubmitReport("r-seed-657-1", "Status efter første kvartal",
                "Målene skrives nu med borgerens ord i de nye sager. Netværksmøderne er planlagt."));
        }

        var housing = grains.GetGrain<IImplementationGroupGrain>(ImplementationGroupKeys.Grain("657", "bostoette"));
        if (!(await housing.View()).State.Established)
        {
            await housing.Establish(new EstablishImplementationGroup("Bostøtte", "Socialpædagogisk støtte efter § 85"));
            await housing.AddMember(new AddGroupMember("p-657-jonas", "Jonas Holm", Role.Citizen));
            await housing.AddMember(new AddGroupMember("p-657-karen", "Karen Friis", Role.PeerWorker));
            await housing.ProposeTrial(new ProposeTrialAction("t-seed-657-1", "Flere borgere kommer i fællesskaber, hvis en peer følger dem første gang",
                "En peermedarbejder følger borgere til en aftenskole eller forening", "p-657-karen", new DateOnly(2026, 12, 31)));
            await housing.AddActivity(new AddActivity("a-seed-657-3", new ActivityFields(
                "Recovery-café hver torsdag", "Et fast, uformelt sted at mødes med peers.", [3, 4], "p-657-karen", null, new DateOnly(2026, 6, 30), PlanItemStatus.Planned)));
            await housing.AimActivity(new AimActivity("a-seed-657-3", new FigureAim(KeyFigure.StaircaseStep, "civilsamfund")));
        }
    }
}
