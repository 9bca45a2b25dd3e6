using GraphQL;
using GraphQL.Types;
using Recovery.Grains.Municipalities;
using Recovery.Grains.NationalProgress;

namespace Recovery.Api.NationalProgress;

internal sealed record GroupProgressModel(GroupProgress Group, DateOnly Today)
{
    /// <summary>The steering group's plan is organised by prerequisite, an implementation group's by principle; all eight always.</summary>
    public IEnumerable<TopicProgress> Topics => Group.Kind == GroupKind.Steering
        ? Enum.GetValues<OrganisationalPrerequisite>().Select(p => new TopicProgress(TopicKind.Prerequisite, (int)p, p.DanishTitle(),
            ActionCounts.Of(Group.Actions.Where(a => a.Prerequisite == (int)p), Today)))
        : Enum.GetValues<Principle>().Select(p => new TopicProgress(TopicKind.Principle, (int)p, p.DanishTitle(),
            ActionCounts.Of(Group.Actions.Where(a => a.Principles.Contains((int)p)), Today)));
}

internal enum TopicKind { Prerequisite, Principle }

internal sealed record TopicProgress(TopicKind Kind, int Number, string Title, ActionCounts Actions);

internal sealed class GroupStatusType : ObjectGraphType<GroupProgressModel>
{
    public GroupStatusType()
    {
        Name = "GroupStatus";
        Description = "En gruppes struktur og status: roller, handlinger og workshops som antal.";
        Field<NonNullGraphType<EnumerationGraphType<GroupKind>>>("kind").Resolve(c => c.Source.Group.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Group.Name);
        Field<NonNullGraphType<IntGraphType>>("members").Resolve(c => c.Source.Group.Members.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleCountType>>>>("participants").WithComplexityImpact(1, RoleCount.MemberRoles)
            .Resolve(c => RoleCount.Of(c.Source.Group.Members.Values.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count())));
        Field<NonNullGraphType<ActionCountsType>>("actions").Resolve(c => ActionCounts.Of(c.Source.Group.Actions, c.Source.Today));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicProgressType>>>>("topics").WithComplexityImpact(1, 8).Resolve(c => c.Source.Topics);
        Field<NonNullGraphType<IntGraphType>>("workshopsHeld").Resolve(c => c.Source.Group.WorkshopsHeld.Count);
    }
}

internal sealed class TopicProgressType : ObjectGraphType<TopicProgress>
{
    public TopicProgressType()
    {
        Name = "TopicProgress";
        Description = "En forudsætning (styregruppen) eller et princip (implementeringsgrupper) med dens handlinger.";
        Field<NonNullGraphType<EnumerationGraphType<TopicKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(t => t.Number);
        Field(t => t.Title);
        Field<NonNullGraphType<ActionCountsType>>("actions").Resolve(c => c.Source.Actions);
    }
}
