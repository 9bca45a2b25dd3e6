namespace Recovery.Benchmarks.Country;

/// <summary><see cref="Rooms"/> open workshops, one per municipality, of <see cref="Participants"/> people typing by <see cref="Typing"/>.</summary>
public sealed record CountryLevel(int Rooms, int Participants, TypingModel Typing)
{
    public int Connections => Rooms * Participants;

    /// <summary>Keystrokes a second the model offers on average, all rooms together.</summary>
    public double Offered => Rooms * Typing.KeystrokesPerSecondPerRoom;

    public string Shape => $"{Rooms} × {Participants}, {Typing.AtOnce.ToString(System.Globalization.CultureInfo.InvariantCulture)} typing";
}
