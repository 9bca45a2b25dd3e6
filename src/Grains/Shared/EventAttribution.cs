using JasperFx.Events;

namespace Recovery.Grains.Shared;

/// <summary>What every stored event carries, and how a lost race on a stream shows itself; one place for both writers.</summary>
internal static class EventAttribution
{
    /// <summary>Who did it (a person id, or a guest's workshop-local id), in which role, in which request.</summary>
    public static void AttributeTo(this IEvent stored, Caller actor, string? author = null)
    {
        stored.UserName = author ?? actor.PersonId;
        stored.CorrelationId = actor.CorrelationId;
        stored.SetHeader("role", actor.Role.ToClaim());
    }

    /// <summary>True when another writer appended first: the expected version no longer holds.</summary>
    public static bool IsLostRace(Exception e) =>
        e is EventStreamUnexpectedMaxEventIdException
            or JasperFx.Events.ExistingStreamIdCollisionException
            or Marten.Exceptions.ExistingStreamIdCollisionException;
}
