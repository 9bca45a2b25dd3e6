using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Recovery.Grains.Shared;

/// <summary>
/// A fingerprint of a state type's shape: property names and types, recursively, generic arguments
/// and enum members included. A snapshot written under another shape is not read: a deployed change
/// to the state records must never meet JSON written for the old ones. A change to how events are
/// folded keeps the shape but changes the state a fold gives: the state's <see cref="FoldAttribute"/>
/// version is part of the fingerprint, so raising it retires every snapshot of that state.
/// </summary>
internal static class StateShape
{
    public static string Of(Type type) => Of(type, type.GetCustomAttribute<FoldAttribute>()?.Version ?? 1);

    internal static string Of(Type type, int foldVersion)
    {
        var text = new StringBuilder();
        text.Append("fold ").Append(foldVersion).Append(';');
        Describe(type, text, []);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    private static void Describe(Type type, StringBuilder text, HashSet<Type> seen)
    {
        if (type.IsGenericType)
        {
            text.Append(type.GetGenericTypeDefinition().FullName).Append('<');
            foreach (var argument in type.GetGenericArguments()) Describe(argument, text, seen);
            text.Append('>');
        }
        else if (type.IsArray)
        {
            Describe(type.GetElementType()!, text, seen);
            text.Append("[]");
        }
        else if (type.IsEnum)
            // Enums are stored as numbers: renumbering one changes what a stored number means.
            text.Append(type.FullName).Append('{')
                .AppendJoin(',', Enum.GetNames(type).Select(n => $"{n}={Convert.ToInt64(Enum.Parse(type, n))}")).Append('}');
        else
            text.Append(type.FullName);

        // The framework's own types (string, DateOnly, immutable collections) do not change under us; ours do.
        if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true || type.IsEnum || !seen.Add(type)) return;
        text.Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append(':');
            Describe(property.PropertyType, text, seen);
            text.Append(';');
        }
        text.Append('}');
    }
}
