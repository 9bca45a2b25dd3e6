using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Serialization;

namespace Recovery.Grains.Workshops;

/// <summary>
/// A change to a whole text, as steps that walk it from start to end (operational transformation).
/// Two people's concurrent operations on the same text are made to fit after each other with
/// <see cref="Transform"/>, so every screen ends with the same text that contains both edits.
/// </summary>
[GenerateSerializer, Immutable, Alias("text.operation"), JsonConverter(typeof(TextOperationJson))]
public sealed record TextOperation([property: Id(0)] ImmutableArray<TextComponent> Components)
{
    public static TextOperation Identity(int length) => new TextOperationBuilder().Retain(length).Build();

    /// <summary>Length of the text this operation applies to.</summary>
    public int BaseLength => Components.Sum(c => c is Insert ? 0 : c.Length);

    /// <summary>Length of the text it produces.</summary>
    public int TargetLength => Components.Sum(c => c is Delete ? 0 : c.Length);

    public bool IsIdentity => Components.All(c => c is Retain);

    public string Apply(string text)
    {
        if (text.Length != BaseLength)
            throw new ArgumentException($"The operation is for a text of {BaseLength} characters, not {text.Length}.", nameof(text));
        var result = new StringBuilder(TargetLength);
        var position = 0;
        foreach (var component in Components)
        {
            switch (component)
            {
                case Retain r:
                    result.Append(text, position, r.Count);
                    position += r.Count;
                    break;
                case Insert i:
                    result.Append(i.Text);
                    break;
                case Delete d:
                    position += d.Count;
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>The operation that undoes this one on <paramref name="baseText"/> (the text it was applied to).</summary>
    public TextOperation Invert(string baseText)
    {
        var inverse = new TextOperationBuilder();
        var position = 0;
        foreach (var component in Components)
        {
            switch (component)
            {
                case Retain r:
                    inverse.Retain(r.Count);
                    position += r.Count;
                    break;
                case Insert i:
                    inverse.Delete(i.Text.Length);
                    break;
                case Delete d:
                    inverse.Insert(baseText.Substring(position, d.Count));
                    position += d.Count;
                    break;
            }
        }
        return inverse.Build();
    }

    /// <summary>One operation with the effect of this one followed by <paramref name="next"/>.</summary>
    public TextOperation Compose(TextOperation next)
    {
        if (TargetLength != next.BaseLength)
            throw new ArgumentException("The second operation does not start from the text the first one produces.", nameof(next));
        var result = new TextOperationBuilder();
        var first = new ComponentCursor(Components);
        var second = new ComponentCursor(next.Components);
        while (first.Current is not null || second.Current is not null)
        {
            if (first.Current is Delete)
            {
                result.Add(first.TakeAll());
            }
            else if (second.Current is Insert)
            {
                result.Add(second.TakeAll());
            }
            else
            {
                var count = Math.Min(first.Current!.Length, second.Current!.Length);
                var (a, b) = (first.Take(count), second.Take(count));
                // What the first keeps or inserts, the second keeps or removes.
                if (b is Retain) result.Add(a);
                else if (a is Retain) result.Add(b);
            }
        }
        return result.Build();
    }

    /// <summary>
    /// For two operations on the same text, the versions of each that apply after the other:
    /// <c>b'(a(text)) == a'(b(text))</c>. Where both insert at the same place, <paramref name="a"/>'s text
    /// comes first; the server passes the operation it applied earlier as <paramref name="a"/>.
    /// </summary>
    public static (TextOperation APrime, TextOperation BPrime) Transform(TextOperation a, TextOperation b)
    {
        if (a.BaseLength != b.BaseLength)
            throw new ArgumentException("Only operations on the same text can be transformed against each other.");
        var (aPrime, bPrime) = (new TextOperationBuilder(), new TextOperationBuilder());
        var (left, right) = (new ComponentCursor(a.Components), new ComponentCursor(b.Components));
        while (left.Current is not null || right.Current is not null)
        {
            if (left.Current is Insert)
            {
                var insert = left.TakeAll();
                aPrime.Add(insert);
                bPrime.Retain(insert.Length);
            }
            else if (right.Current is Insert)
            {
                var insert = right.TakeAll();
                aPrime.Retain(insert.Length);
                bPrime.Add(insert);
            }
            else
            {
                var count = Math.Min(left.Current!.Length, right.Current!.Length);
                switch (left.Take(count), right.Take(count))
                {
                    case (Retain, Retain):
                        aPrime.Retain(count);
                        bPrime.Retain(count);
                        break;
                    case (Delete, Retain):
                        aPrime.Delete(count);
                        break;
                    case (Retain, Delete):
                        bPrime.Delete(count);
                        break;
                }
            }
        }
        return (aPrime.Build(), bPrime.Build());
    }

    /// <summary>Walks components, handing out whole ones or the first part of one.</summary>
    private sealed class ComponentCursor(ImmutableArray<TextComponent> components)
    {
        private int next;

        public TextComponent? Current { get; private set; } = components.IsEmpty ? null : components[0];

        public TextComponent TakeAll() => Take(Current!.Length);

        public TextComponent Take(int count)
        {
            var (head, tail) = Current!.Split(count);
            Current = tail ?? (++next < components.Length ? components[next] : null);
            return head;
        }
    }
}
