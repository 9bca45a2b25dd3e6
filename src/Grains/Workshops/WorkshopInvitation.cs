namespace Recovery.Grains.Workshops;

/// <summary>
/// An open workshop's guest code (the document id), stored with the workshop's municipality as
/// tenant. A guest knows only the code, so admission looks it up across tenants; the workshop grain
/// checks the code again before it admits anyone. Deleted when the workshop closes.
/// </summary>
public sealed record WorkshopInvitation(string Id, string Workshop) : ICrossMunicipalityReadModel;
