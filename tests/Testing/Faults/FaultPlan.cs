namespace Recovery.Testing.Faults;

/// <summary>How long and how many: the script runs the defaults, the tests a shorter plan.</summary>
/// <param name="Before">Typing before the fault.</param>
/// <param name="After">Typing after every client has had an edit acknowledged again.</param>
/// <param name="PostgresDown">How long PostgreSQL stays stopped.</param>
/// <param name="ResumeLimit">How long after the fault to wait for every client to be acknowledged again.</param>
public sealed record FaultPlan(int Clients, TimeSpan Before, TimeSpan After, TimeSpan PostgresDown, TimeSpan ResumeLimit)
{
    public static readonly FaultPlan Default = new(40, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(45));

    /// <summary>Texts everyone types into at once.</summary>
    public const int Texts = 3;

    /// <summary>How long typing may take to settle, and a fresh client to be caught up with.</summary>
    public static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);
}
