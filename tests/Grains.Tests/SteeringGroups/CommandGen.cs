using CsCheck;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.Tests.SteeringGroups;

/// <summary>
/// Random steering-group commands over small pools of ids, so sequences collide often: repeats,
/// edits of missing items, owners who left, texts over the limit or with CPR numbers.
/// </summary>
internal static class CommandGen
{
    private static readonly string[] People = ["p-mette", "p-jonas", "p-sara", "p-ole", "p-anne"];
    private static readonly string[] Items = ["i-1", "i-2", "i-3", "i-4"];

    private static readonly Gen<string> Person = Gen.OneOf(People);
    private static readonly Gen<string?> Owner = Gen.Frequency((3, Person.Select(p => (string?)p)), (1, Gen.Const((string?)null)));
    private static readonly Gen<DateOnly?> Due = Gen.Frequency(
        (3, Gen.Int[0, 900].Select(d => (DateOnly?)new DateOnly(2026, 1, 1).AddDays(d))), (1, Gen.Const((DateOnly?)null)));
    private static readonly Gen<string> Text = Gen.Frequency(
        (8, Gen.OneOf("Status til udvalget", "Fælles metode", "Planer i egne ord", "Kvartalsvis opfølgning")),
        (1, Gen.Const("")),
        (1, Gen.Const("Borger 010180-1234")),
        (1, Gen.Const(new string('x', FreeText.TitleMax + 1))));

    public static readonly Gen<SteeringGroupCommand> Command = Gen.Frequency(
        (1, Gen.Const<SteeringGroupCommand>(new EstablishSteeringGroup())),
        (3, Gen.Select(Person, Gen.OneOf(Role.Citizen, Role.Staff, Role.Tovholder, Role.NationalCoordinator), Text,
            (p, r, n) => (SteeringGroupCommand)new AddMember(p, n, r))),
        (1, Person.Select(p => (SteeringGroupCommand)new RemoveMember(p))),
        (2, Gen.Select(Gen.OneOf("d-1", "d-2", "d-3"), Text, Text, (id, t, r) => (SteeringGroupCommand)new RecordDecision(id, t, r))),
        (4, Gen.Select(Gen.OneOf(Items), Gen.Int[0, 9], Text, Owner, Due,
            (id, pre, t, o, d) => (SteeringGroupCommand)new AddPlanItem(id, pre, t, "", o, d, PlanItemStatus.Planned))),
        (5, Gen.Select(Gen.OneOf(Items), Text, Text, Owner, Due, Gen.Enum<PlanItemStatus>(),
            (id, t, desc, o, d, s) => (SteeringGroupCommand)new EditPlanItem(id, t, desc, o, d, s))));

    public static readonly Gen<Caller> Actor = Gen.OneOf(Spec.Tovholder, Spec.Citizen, Spec.Staff);

    public static readonly Gen<(Caller Actor, SteeringGroupCommand Command)[]> Sequence =
        Gen.Select(Actor, Command).Array[1, 40];
}
