namespace Recovery.Api.Demo;

/// <summary>Configuration section <c>Recovery:Demo</c>. Off unless turned on: it hands out tokens to anyone who asks.</summary>
public sealed class DemoOptions
{
    public const string Section = "Recovery:Demo";

    public bool Enabled { get; set; }
}
