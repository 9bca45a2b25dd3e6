namespace Recovery.Grains.ImplementationGroups;

/// <summary>
/// An implementation group (<i>implementeringsgruppe</i>), keyed <c>657/impl/{slug}</c>. Commands
/// return the new stream version. Group members edit the plan; the decider narrows
/// <see cref="Access.Contribute"/> to members, and membership to the group's tovholder and leaders.
/// </summary>
[Alias("recovery.implementation-group")]
public interface IImplementationGroupGrain : ITenantGrain
{
    /// <summary>The group as the caller may see it: outsiders get citizens' text removed unless the municipality shares it.</summary>
    [Requires(Access.Read), Alias("view")]
    Task<ImplementationGroupView> View();

    [Requires(Access.Govern), Alias("establish")]
    Task<long> Establish(EstablishImplementationGroup command);

    [Requires(Access.Contribute), Alias("add-member")]
    Task<long> AddMember(AddGroupMember command);

    [Requires(Access.Contribute), Alias("remove-member")]
    Task<long> RemoveMember(RemoveGroupMember command);

    [Requires(Access.Contribute), Alias("appoint-tovholder")]
    Task<long> AppointTovholder(AppointTovholder command);

    [Requires(Access.Contribute), Alias("set-mandate")]
    Task<long> SetMandate(SetMandate command);

    [Requires(Access.Contribute), Alias("add-activity")]
    Task<long> AddActivity(AddActivity command);

    [Requires(Access.Contribute), Alias("edit-activity")]
    Task<long> EditActivity(EditActivity command);

    [Requires(Access.Contribute), Alias("restore-activity")]
    Task<long> RestoreActivity(RestoreActivity command);

    [Requires(Access.Contribute), Alias("aim-activity")]
    Task<long> AimActivity(AimActivity command);

    [Requires(Access.Contribute), Alias("follow-up")]
    Task<long> FollowUp(FollowUpActivity command);

    [Requires(Access.Contribute), Alias("record-decision")]
    Task<long> RecordDecision(RecordGroupDecision command);

    [Requires(Access.Contribute), Alias("note-force")]
    Task<long> NoteForce(NoteForce command);

    [Requires(Access.Contribute), Alias("remove-force")]
    Task<long> RemoveForce(RemoveForce command);

    [Requires(Access.Contribute), Alias("submit-report")]
    Task<long> SubmitReport(SubmitReport command);

    [Requires(Access.Contribute), Alias("propose-trial")]
    Task<long> ProposeTrial(ProposeTrialAction command);

    [Requires(Access.Contribute), Alias("record-learning")]
    Task<long> RecordLearning(RecordTrialLearning command);

    [Requires(Access.Contribute), Alias("promote-trial")]
    Task<long> PromoteTrial(PromoteTrialAction command);
}
