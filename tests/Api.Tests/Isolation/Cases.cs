using Recovery.Grains.Shared;

namespace Recovery.Api.Tests.Isolation;

public enum Outsider { OtherMunicipality, MissingRight, GuestOfAnotherWorkshop, Anonymous }

/// <summary>One call the matrix makes: who, with whose ids, and whether it must be refused outright.</summary>
public sealed record Case(Entry Entry, Outsider Outsider, string Who, string? Token, Target Target, bool MustRefuse = true)
{
    public override string ToString() => $"{Entry.Operation} by {Who} on {Target.Code}'s ids";
}

/// <summary>The cases the catalogue generates: every operation by everyone who must not be able to use it.</summary>
public static class Cases
{
    public static IReadOnlyList<Case> Of(MatrixServer api) => [.. Catalogue.All.SelectMany(e => For(api, e))];

    private static IEnumerable<Case> For(MatrixServer api, Entry entry)
    {
        var (herning, roskilde) = (api.Herning, api.Roskilde);
        var guest = $"guest of Herning's workshop {api.Lobby.Id}";
        switch (entry.Need)
        {
            case Need.Tenant(var access):
                yield return new(entry, Outsider.OtherMunicipality, "roskilde-leder", api.Tokens["roskilde-leder"], herning);
                yield return new(entry, Outsider.OtherMunicipality, "herning-tovholder", api.Tokens["herning-tovholder"], roskilde);
                foreach (var (role, (caller, token)) in api.Roles)
                    if (!AccessRules.Allows(caller, herning.Code, access))
                        yield return new(entry, Outsider.MissingRight, $"a {role.ToClaim()} without {access}", token, herning);
                yield return new(entry, Outsider.GuestOfAnotherWorkshop, guest, api.LobbyGuest.Token, herning);
                yield return new(entry, Outsider.GuestOfAnotherWorkshop, guest, api.LobbyGuest.Token, roskilde);
                yield return new(entry, Outsider.Anonymous, "anonymous", null, herning);
                break;
            case Need.Coordinator:
                foreach (var (role, (_, token)) in api.Roles.Where(r => r.Key != Role.NationalCoordinator))
                    yield return new(entry, Outsider.MissingRight, $"a {role.ToClaim()}", token, herning);
                yield return new(entry, Outsider.MissingRight, "roskilde-leder", api.Tokens["roskilde-leder"], roskilde);
                yield return new(entry, Outsider.GuestOfAnotherWorkshop, guest, api.LobbyGuest.Token, herning);
                yield return new(entry, Outsider.Anonymous, "anonymous", null, herning);
                break;
            case Need.Self:
                // About the caller alone: another municipality's person may call it, and the listeners prove nothing of theirs moved.
                yield return new(entry, Outsider.OtherMunicipality, "roskilde-leder", api.Tokens["roskilde-leder"], herning, MustRefuse: false);
                yield return new(entry, Outsider.GuestOfAnotherWorkshop, guest, api.LobbyGuest.Token, herning, MustRefuse: false);
                yield return new(entry, Outsider.Anonymous, "anonymous", null, herning, MustRefuse: false);
                break;
            case Need.Public:
                break;
        }
    }
}
