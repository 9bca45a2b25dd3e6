namespace Recovery.Grains.Workshops;

/// <summary>One step of a <see cref="TextOperation"/>: keep, insert or remove characters at the cursor.</summary>
[GenerateSerializer, Alias("text.component")]
public abstract record TextComponent
{
    /// <summary>Characters this step covers: of the base text for keep and remove, of the result for insert.</summary>
    public abstract int Length { get; }

    /// <summary>The first <paramref name="count"/> characters of this step, and what is left of it (null when nothing).</summary>
    public abstract (TextComponent Head, TextComponent? Tail) Split(int count);
}

/// <summary>Keep the next <see cref="Count"/> characters unchanged.</summary>
[GenerateSerializer, Immutable, Alias("text.retain")]
public sealed record Retain([property: Id(0)] int Count) : TextComponent
{
    public override int Length => Count;

    public override (TextComponent, TextComponent?) Split(int count) =>
        count >= Count ? (this, null) : (new Retain(count), new Retain(Count - count));
}

/// <summary>Insert <see cref="Text"/> at the cursor.</summary>
[GenerateSerializer, Immutable, Alias("text.insert")]
public sealed record Insert([property: Id(0)] string Text) : TextComponent
{
    public override int Length => Text.Length;

    public override (TextComponent, TextComponent?) Split(int count) =>
        count >= Text.Length ? (this, null) : (new Insert(Text[..count]), new Insert(Text[count..]));
}

/// <summary>Remove the next <see cref="Count"/> characters.</summary>
[GenerateSerializer, Immutable, Alias("text.delete")]
public sealed record Delete([property: Id(0)] int Count) : TextComponent
{
    public override int Length => Count;

    public override (TextComponent, TextComponent?) Split(int count) =>
        count >= Count ? (this, null) : (new Delete(count), new Delete(Count - count));
}
