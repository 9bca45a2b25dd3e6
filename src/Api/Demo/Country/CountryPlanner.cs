using System.Collections.Immutable;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.Demo.Country;

/// <summary>
/// Draws a municipality's demo data from a generator seeded by its code. Dates are fixed (never read
/// from the clock), so a rerun draws the same plan: municipalities join between early 2025 and mid
/// 2026, hold workshops and rounds afterwards up to mid November 2026, and activities due before
/// today that are not done show up as overdue.
/// </summary>
internal static class CountryPlanner
{
    private static readonly DateOnly PlansFrom = new(2025, 9, 1);
    private static readonly DateTimeOffset FirstJoin = new(2025, 1, 6, 10, 0, 0, TimeSpan.Zero);
    /// <summary>Nothing is dated later: a round opened by then has closed before the demo data was written.</summary>
    private static readonly DateTimeOffset Latest = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Role[] StaffRoles = [Role.Staff, Role.CaseHandler, Role.ProfessionalLeader];
    private static readonly Role[] SteeringRoles = [Role.Politician, Role.ProfessionalLeader, Role.Staff, Role.CaseHandler];
    private static readonly Role[] LivedExperience = [Role.Citizen, Role.Relative, Role.PeerWorker];

    public static CountryPlan Plan(Municipality municipality, int groupsPerMunicipality)
    {
        var code = municipality.Code;
        var random = new Random(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture));
        var names = new HashSet<string>();
        DemoPerson Person(Role role)
        {
            var name = DemoNames.Draw(random, names);
            return new DemoPerson($"p-{code}-{DemoNames.Ascii(name)}", name, role);
        }

        var leader = Person(Role.StrategicLeader);
        var tovholder = Person(Role.Tovholder);
        // About two thirds of the municipalities have citizens, relatives or peer workers in their groups.
        var livedExperience = random.NextDouble() < 0.67;
        var steering = new List<DemoPerson> { leader, tovholder };
        var others = random.Next(2, 7);
        if (livedExperience) steering.AddRange(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Person(Pick(random, LivedExperience))));
        while (steering.Count < others + 2) steering.Add(Person(Pick(random, SteeringRoles)));

        var joinedAt = FirstJoin.AddDays(random.Next(0, 540));
        var phase = Phase(random);
        var groups = DrawGroups(random, groupsPerMunicipality - 1, livedExperience, Person, steering, joinedAt);
        return new CountryPlan(municipality, leader, tovholder, joinedAt, phase, Ticks(random, phase), [.. steering],
            PlanItems(random, code, steering), groups, Workshops(random, steering, joinedAt), Rounds(random, steering, joinedAt));
    }

    /// <summary>Most are analysing or trying things out; a few are starting, a few reporting.</summary>
    private static ProgrammePhase Phase(Random random) => random.NextDouble() switch
    {
        < 0.12 => ProgrammePhase.StartUp,
        < 0.52 => ProgrammePhase.Analysis,
        < 0.90 => ProgrammePhase.TrialAndDevelopment,
        _ => ProgrammePhase.Reporting,
    };

    /// <summary>Further along, more of the checklist is done: always from the top, as the guide orders it.</summary>
    private static ChecklistItem[] Ticks(Random random, ProgrammePhase phase)
    {
        var count = phase switch
        {
            ProgrammePhase.StartUp => random.Next(0, 3),
            ProgrammePhase.Analysis => random.Next(2, 4),
            ProgrammePhase.TrialAndDevelopment => random.Next(3, 6),
            _ => 5,
        };
        return [.. ChecklistItems.All.Take(count)];
    }

    private static AddPlanItem[] PlanItems(Random random, string code, List<DemoPerson> steering) =>
        [.. Enumerable.Range(1, 8).OrderBy(_ => random.Next()).Take(random.Next(2, 6)).Order().Select((prerequisite, n) =>
            new AddPlanItem($"i-country-{code}-{n + 1}", prerequisite, Pick(random, DemoTexts.PlanItems[prerequisite - 1]), "",
                Pick(random, steering).Id, Due(random), Status(random)))];

    private static GroupPlan[] DrawGroups(
        Random random, int count, bool livedExperience, Func<Role, DemoPerson> person, List<DemoPerson> steering, DateTimeOffset joinedAt)
    {
        var kinds = DemoTexts.Groups.OrderBy(_ => random.Next()).ToArray();
        return [.. Enumerable.Range(0, Math.Max(0, count)).Select(n =>
        {
            var (name, focus) = kinds[n % kinds.Length];
            // Past the list's end the names repeat with a number, so any number of groups stays valid.
            if (n >= kinds.Length) name = $"{name} {n / kinds.Length + 1}";
            var tovholder = person(Pick(random, StaffRoles));
            var members = new List<DemoPerson> { tovholder };
            members.AddRange(Enumerable.Range(0, random.Next(2, 5)).Select(_ => person(Pick(random, StaffRoles))));
            if (livedExperience && random.NextDouble() < 0.7) members.Add(person(Pick(random, LivedExperience)));
            if (random.NextDouble() < 0.5) members.Add(steering[random.Next(steering.Count)]);
            var slug = DemoNames.Ascii(name);
            var activities = DemoTexts.Activities.OrderBy(_ => random.Next()).Take(random.Next(3, 9)).Select((a, i) =>
            {
                var due = Due(random);
                var fields = new ActivityFields(a.Title, "", [.. a.Principles], Pick(random, members).Id, due.AddMonths(-random.Next(2, 7)), due, Status(random));
                return new AddActivity($"a-country-{slug}-{i + 1}", fields);
            });
            return new GroupPlan(slug, name, focus, [.. members.DistinctBy(m => m.Id)], tovholder.Id, [.. activities],
                Min(joinedAt.AddDays(random.Next(14, 120)), Latest));
        })];
    }

    /// <summary>Every few months after joining, as long as there was time for it; at least one.</summary>
    private static WorkshopPlan[] Workshops(Random random, List<DemoPerson> steering, DateTimeOffset joinedAt) =>
        [.. Enumerable.Range(1, random.Next(1, 3))
            .Select(n => (n, At: new DateTimeOffset(joinedAt.AddDays(45 + (n - 1) * 120 + random.Next(0, 30)).Date.AddHours(13), TimeSpan.Zero)))
            .Where(w => w.n == 1 || w.At <= Latest)
            .Select(w => new WorkshopPlan($"w-country-{w.n}", DemoTexts.Workshops[w.n - 1], Min(w.At, Latest),
                [.. steering.Where(_ => random.NextDouble() < 0.75)]))];

    /// <summary>About twice a year after joining, as long as there was time for it; at least one.</summary>
    private static RoundPlan[] Rounds(Random random, List<DemoPerson> steering, DateTimeOffset joinedAt) =>
        [.. Enumerable.Range(1, random.Next(1, 4))
            .Select(n => (n, At: joinedAt.AddDays(30 + (n - 1) * 150 + random.Next(0, 30))))
            .Where(r => r.n == 1 || r.At <= Latest)
            .Select(r => new RoundPlan($"t-country-{r.n}", DemoTexts.Rounds[r.n - 1],
                [.. steering.Where((_, i) => i < 2 || random.NextDouble() < 0.8)],
                [.. Enumerable.Range(0, 8).Select(_ => random.Next(1, 5))], Min(r.At, Latest)))];

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>Due between spring 2026 and summer 2027: those before today that are not done are overdue.</summary>
    private static DateOnly Due(Random random) => PlansFrom.AddDays(random.Next(180, 660));

    private static PlanItemStatus Status(Random random) => random.NextDouble() switch
    {
        < 0.3 => PlanItemStatus.Planned,
        < 0.7 => PlanItemStatus.InProgress,
        _ => PlanItemStatus.Done,
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
