namespace Recovery.Grains.ReferenceNetwork;

/// <summary>
/// The national reference network (key 0): published editions of the anonymised comparison. Not a
/// tenant grain; it admits readers itself: the national coordinator and people of member municipalities.
/// </summary>
[Alias("recovery.reference-network")]
public interface IReferenceNetworkGrain : IGrainWithIntegerKey
{
    /// <summary>Every edition's number and time of publication, oldest first, without its cells.</summary>
    [Alias("editions")]
    Task<IReadOnlyList<EditionHeading>> Editions();

    /// <summary>The chosen edition (null: the latest); null when there is none such.</summary>
    [Alias("edition")]
    Task<NetworkEdition?> Edition(int? id);

    /// <summary>Gathers the members' figures and publishes an edition; returns the latest edition's number (0: none).</summary>
    [Alias("publish")]
    Task<int> Publish();
}

[GenerateSerializer, Immutable, Alias("network.edition-heading")]
public sealed record EditionHeading([property: Id(0)] int Id, [property: Id(1)] DateTimeOffset PublishedAt);
