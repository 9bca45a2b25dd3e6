namespace Recovery.Api.Demo.Country;

/// <summary>
/// Common Danish first and last names, combined at random: the country's demo people are made up,
/// never real people, and their ids are the plain ASCII of their names.
/// </summary>
internal static class DemoNames
{
    private static readonly string[] First =
    [
        "Anne", "Mette", "Kirsten", "Hanne", "Susanne", "Lene", "Maria", "Marianne", "Louise", "Camilla",
        "Charlotte", "Pia", "Tina", "Helle", "Lone", "Line", "Julie", "Ida", "Emma", "Sofie",
        "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Martin", "Niels",
        "Anders", "Morten", "Jesper", "Mads", "Rasmus", "Christian", "Per", "Ole", "Kim", "Mikkel",
    ];

    private static readonly string[] Last =
    [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
        "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen",
        "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Holm", "Eriksen",
        "Nissen", "Clausen", "Svendsen", "Iversen", "Østergaard", "Jeppesen", "Nørgaard", "Dahl", "Bach", "Kjær",
    ];

    /// <summary>A name not yet in <paramref name="taken"/>; 1,600 combinations leave plenty for one municipality.</summary>
    public static string Draw(Random random, ISet<string> taken)
    {
        while (true)
        {
            var name = $"{First[random.Next(First.Length)]} {Last[random.Next(Last.Length)]}";
            if (taken.Add(name)) return name;
        }
    }

    /// <summary>Letters a–z, digits and hyphens: an id or a slug made from Danish words.</summary>
    public static string Ascii(string text) =>
        string.Concat(text.ToLowerInvariant().Select(c => c switch
        {
            'æ' => "ae",
            'ø' => "oe",
            'å' => "aa",
            ' ' => "-",
            _ when char.IsAsciiLetterOrDigit(c) || c == '-' => c.ToString(),
            _ => "",
        }));
}
