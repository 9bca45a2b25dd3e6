namespace Recovery.Api.Demo;

/// <summary>A made-up person to sign in as in demo mode.</summary>
public sealed record DemoPersona(string Id, string PersonId, string Name, Role Role, string? Municipality);

public static class DemoPersonas
{
    public static IReadOnlyList<DemoPersona> All { get; } =
    [
        new("herning-tovholder", "p-657-mette", "Mette Lund", Role.Tovholder, "657"),
        new("herning-borger", "p-657-jonas", "Jonas Holm", Role.Citizen, "657"),
        new("herning-chef", "p-657-birgitte", "Birgitte Dahl", Role.StrategicLeader, "657"),
        new("herning-medarbejder", "p-657-sofie", "Sofie Bech", Role.Staff, "657"),
        new("roskilde-leder", "p-265-anne", "Anne Krogh", Role.StrategicLeader, "265"),
        new("national", "p-national-lars", "Lars Vestergaard", Role.NationalCoordinator, null),
    ];

    public static DemoPersona? Find(string? id) => All.FirstOrDefault(p => p.Id == id);
}
