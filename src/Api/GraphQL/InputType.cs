using System.Reflection;
using GraphQL.Types;
using Recovery.Api.Staircase;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.GraphQL;

/// <summary>Every mutation input names the municipality it acts in.</summary>
internal abstract class MunicipalityInput
{
    public string MunicipalityCode { get; init; } = "";
}

/// <summary>
/// One input graph type per input class, its fields inferred from the properties: C# nullability
/// decides GraphQL nullability, a string ending in <c>Id</c> is an ID, arrays are lists.
/// </summary>
internal sealed class InputType<TInput> : InputObjectGraphType<TInput> where TInput : class
{
    public InputType()
    {
        Name = typeof(TInput).Name;
        foreach (var property in typeof(TInput).GetProperties())
        {
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                           || new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;
            var named = GraphTypeOf(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, property.Name);
            Field(char.ToLowerInvariant(property.Name[0]) + property.Name[1..], nullable ? named : NonNull(named));
        }
    }

    private static Type GraphTypeOf(Type type, string name) => type switch
    {
        _ when type == typeof(Role) => typeof(MemberRoleType),
        _ when type == typeof(PlanItemStatus) => typeof(PlanItemStatusType),
        _ when type == typeof(MeasurementKind) => typeof(MeasurementKindType),
        _ when type == typeof(ForceKind) => typeof(EnumerationGraphType<ForceKind>),
        _ when type == typeof(KeyFigure) => typeof(KeyFigureType),
        _ when type == typeof(int) => typeof(IntGraphType),
        _ when type == typeof(long) => typeof(LongGraphType),
        _ when type == typeof(decimal) => typeof(DecimalGraphType),
        _ when type == typeof(bool) => typeof(BooleanGraphType),
        _ when type == typeof(string) => name.EndsWith("Id") ? typeof(IdGraphType) : typeof(StringGraphType),
        { IsArray: true } => typeof(ListGraphType<>).MakeGenericType(NonNull(GraphTypeOf(type.GetElementType()!, name))),
        { IsClass: true } => typeof(InputType<>).MakeGenericType(type),
        _ => throw new NotSupportedException($"No input graph type for {type.Name}."),
    };

    private static Type NonNull(Type graphType) => typeof(NonNullGraphType<>).MakeGenericType(graphType);
}
