using System.Collections.Immutable;

namespace Recovery.Grains.Workshops;

/// <summary>
/// Builds operations in one canonical form: no empty steps, neighbours of the same kind merged, and
/// an insert always before a neighbouring delete, so equal changes are equal operations.
/// </summary>
public sealed class TextOperationBuilder
{
    private readonly List<TextComponent> components = [];

    public TextOperationBuilder Retain(int count) => count < 0 ? throw new ArgumentOutOfRangeException(nameof(count)) : Add(new Retain(count));

    public TextOperationBuilder Insert(string text) => Add(new Insert(text));

    public TextOperationBuilder Delete(int count) => count < 0 ? throw new ArgumentOutOfRangeException(nameof(count)) : Add(new Delete(count));

    public TextOperationBuilder Add(TextComponent component)
    {
        if (component.Length == 0) return this;
        var last = components.Count > 0 ? components[^1] : null;
        switch (component, last)
        {
            case (Retain r, Retain l):
                components[^1] = new Retain(l.Count + r.Count);
                break;
            case (Delete d, Delete l):
                components[^1] = new Delete(l.Count + d.Count);
                break;
            case (Insert i, Insert l):
                components[^1] = new Insert(l.Text + i.Text);
                break;
            case (Insert i, Delete _):
                // Insert-then-delete and delete-then-insert mean the same; keep one of them.
                components.Insert(components.Count - 1, i);
                if (components.Count > 2 && components[^3] is Insert before)
                {
                    components[^3] = new Insert(before.Text + i.Text);
                    components.RemoveAt(components.Count - 2);
                }
                break;
            default:
                components.Add(component);
                break;
        }
        return this;
    }

    public TextOperation Build() => new([.. components]);
}
