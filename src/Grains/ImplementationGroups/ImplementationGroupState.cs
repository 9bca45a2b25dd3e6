using System.Collections.Immutable;

namespace Recovery.Grains.ImplementationGroups;

/// <summary>An implementation group as folded from its events.</summary>
[GenerateSerializer, Immutable, Alias("impl.state")]
public sealed record ImplementationGroupState(
    [property: Id(0)] bool Established,
    [property: Id(1)] string Name,
    [property: Id(2)] string Focus,
    [property: Id(3)] string Mandate,
    [property: Id(4)] string? TovholderId,
    [property: Id(5)] ImmutableList<GroupMember> Members,
    [property: Id(6)] ImmutableList<Activity> Activities,
    [property: Id(7)] ImmutableList<GroupDecision> Decisions,
    [property: Id(8)] ImmutableList<DriverOrBarrier> Forces,
    [property: Id(9)] ImmutableList<GroupReport> Reports,
    [property: Id(10)] ImmutableList<TrialAction> Trials,
    [property: Id(11)] ImmutableHashSet<string> CitizenTexts)
{
    public static ImplementationGroupState Initial { get; } = new(false, "", "", "", null, [], [], [], [], [], [], []);

    public bool IsMember(string personId) => Members.Any(m => m.PersonId == personId);

    public Activity? Activity(string id) => Activities.Find(a => a.Id == id);

    public TrialAction? Trial(string id) => Trials.Find(t => t.Id == id);

    /// <summary>Membership and mandate: the municipality's tovholder and strategic leaders, the group's own tovholder, and leaders in the group.</summary>
    public bool MayGovern(Caller actor) =>
        actor.Governs
        || actor.PersonId == TovholderId
        || Members.Any(m => m.PersonId == actor.PersonId && m.Role is Role.ProfessionalLeader or Role.StrategicLeader or Role.Tovholder);

    /// <summary>"Nothing about us without us": every member, citizens included, edits the group's plan.</summary>
    public bool MayEditPlan(Caller actor) => MayGovern(actor) || IsMember(actor.PersonId);

    /// <summary>Every id used in the group, so a client-chosen id never names two things.</summary>
    public bool IdInUse(string id) =>
        Activities.Exists(a => a.Id == id) || Decisions.Exists(d => d.Id == id) || Forces.Exists(f => f.Id == id)
        || Reports.Exists(r => r.Id == id) || Trials.Exists(t => t.Id == id);
}

[GenerateSerializer, Immutable, Alias("impl.member")]
public sealed record GroupMember([property: Id(0)] string PersonId, [property: Id(1)] Role Role);

/// <summary>An activity of the implementation plan, tied to one or more of the eight principles.</summary>
[GenerateSerializer, Immutable, Alias("impl.activity")]
public sealed record Activity(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Description,
    [property: Id(3)] ImmutableArray<Principle> Principles,
    [property: Id(4)] string? OwnerId,
    [property: Id(5)] DateOnly? Starts,
    [property: Id(6)] DateOnly? Due,
    [property: Id(7)] PlanItemStatus Status,
    [property: Id(8)] string? DecisionId,
    [property: Id(9)] string? TrialId,
    [property: Id(10)] ImmutableList<FollowUp> FollowUps,
    [property: Id(11)] FigureAim? Aim = null);

[GenerateSerializer, Immutable, Alias("impl.follow-up")]
public sealed record FollowUp([property: Id(0)] string Id, [property: Id(1)] string Note, [property: Id(2)] string By, [property: Id(3)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("impl.decision")]
public sealed record GroupDecision(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Rationale,
    [property: Id(3)] string RecordedBy,
    [property: Id(4)] DateTimeOffset RecordedAt,
    [property: Id(5)] ImmutableList<string> ActivityIds);

public enum ForceKind { Driver, Barrier }

[GenerateSerializer, Immutable, Alias("impl.force")]
public sealed record DriverOrBarrier([property: Id(0)] string Id, [property: Id(1)] ForceKind Kind, [property: Id(2)] string Text);

[GenerateSerializer, Immutable, Alias("impl.report")]
public sealed record GroupReport(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Text,
    [property: Id(3)] string SubmittedBy,
    [property: Id(4)] DateTimeOffset SubmittedAt);

[GenerateSerializer, Immutable, Alias("impl.trial")]
public sealed record TrialAction(
    [property: Id(0)] string Id,
    [property: Id(1)] string Hypothesis,
    [property: Id(2)] string Trial,
    [property: Id(3)] string? OwnerId,
    [property: Id(4)] DateOnly? Until,
    [property: Id(5)] string Learning,
    [property: Id(6)] string? PromotedTo);
