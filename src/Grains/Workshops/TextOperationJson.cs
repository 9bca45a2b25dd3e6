using System.Text.Json;
using System.Text.Json.Serialization;

namespace Recovery.Grains.Workshops;

/// <summary>
/// The wire and storage form of a <see cref="TextOperation"/>, shared with the browser: a JSON array
/// where a positive number keeps that many characters, a string is inserted and a negative number
/// deletes, e.g. <c>[5, "hej ", -3, 10]</c>.
/// </summary>
public sealed class TextOperationJson : JsonConverter<TextOperation>
{
    public const int MaxSteps = 400;

    public override TextOperation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("En tekstoperation er en liste.");
        var builder = new TextOperationBuilder();
        var steps = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (++steps > MaxSteps) throw new JsonException($"En tekstoperation må højst have {MaxSteps} trin.");
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    builder.Insert(reader.GetString()!);
                    break;
                case JsonTokenType.Number when reader.TryGetInt32(out var count) && count != 0 && count != int.MinValue:
                    if (count > 0) builder.Retain(count);
                    else builder.Delete(-count);
                    break;
                default:
                    throw new JsonException("Et trin er et tal forskelligt fra 0 eller en tekst.");
            }
        }
        return builder.Build();
    }

    public override void Write(Utf8JsonWriter writer, TextOperation value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var component in value.Components)
        {
            switch (component)
            {
                case Retain r: writer.WriteNumberValue(r.Count); break;
                case Insert i: writer.WriteStringValue(i.Text); break;
                case Delete d: writer.WriteNumberValue(-d.Count); break;
            }
        }
        writer.WriteEndArray();
    }
}
