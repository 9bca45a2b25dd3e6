namespace Recovery.Api.History;

/// <summary>Roles as the web app names them (labels.ts), for sentences the server writes.</summary>
internal static class RoleLabels
{
    public static string Danish(this Role role) => role switch
    {
        Role.Tovholder => "Tovholder",
        Role.StrategicLeader => "Strategisk leder",
        Role.ProfessionalLeader => "Faglig leder",
        Role.Politician => "Politiker",
        Role.Citizen => "Borger",
        Role.Relative => "Pårørende",
        Role.PeerWorker => "Peermedarbejder",
        Role.Staff => "Medarbejder",
        Role.CaseHandler => "Sagsbehandler",
        Role.NationalCoordinator => "National koordinator",
        Role.Guest => "Gæst",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
