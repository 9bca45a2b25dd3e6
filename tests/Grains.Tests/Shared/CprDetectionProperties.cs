using System.Globalization;

namespace Recovery.Grains.Tests.Shared;

/// <summary>
/// CPR numbers are found by their shape and date, never by the modulus-11 check: numbers issued since
/// 2007 may fail it. Generated numbers must all be caught however they are written; generated
/// look-alikes (phone numbers, dates, case numbers, ten digits that hold no date) must all pass.
/// </summary>
public sealed class CprDetectionProperties
{
    private const int Cases = 2000;
    private static readonly int[] Weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

    [Fact]
    public void Every_generated_cpr_number_is_found_in_any_common_writing_whether_or_not_it_passes_modulus_11()
    {
        var random = new Random(2007);
        var failingModulus11 = 0;
        for (var i = 0; i < Cases; i++)
        {
            var cpr = RandomCpr(random);
            if (!PassesModulus11(cpr)) failingModulus11++;
            var written = Written(cpr, random);
            Assert.True(FreeText.ContainsCpr(written), $"Not found: «{written}»");
            Assert.Equal(RuleViolation.Codes.Validation, Assert.Throws<RuleViolation>(() => FreeText.Optional(written, "Beskrivelse", FreeText.LongTextMax)).Code);
        }
        // About ten in eleven random serial numbers fail the old check: the property must have met many.
        Assert.True(failingModulus11 > Cases / 2, $"Only {failingModulus11} of {Cases} generated numbers failed modulus 11.");
    }

    [Fact]
    public void Generated_look_alikes_are_not_taken_for_cpr_numbers()
    {
        var random = new Random(1968);
        for (var i = 0; i < Cases; i++)
        {
            var text = LookAlike(random, i % LookAlikes);
            Assert.False(FreeText.ContainsCpr(text), $"Taken for a CPR number: «{text}»");
            Assert.Equal(text, FreeText.Optional(text, "Beskrivelse", FreeText.LongTextMax));
        }
    }

    /// <summary>A real date from 1900 to 2099 and any four digits after it.</summary>
    private static string RandomCpr(Random random)
    {
        var born = new DateTime(1900, 1, 1).AddDays(random.Next(0, 73_049));
        return born.ToString("ddMMyy", CultureInfo.InvariantCulture) + random.Next(0, 10_000).ToString("D4", CultureInfo.InvariantCulture);
    }

    private static bool PassesModulus11(string cpr) => cpr.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11 == 0;

    private static string Written(string cpr, Random random)
    {
        var number = random.Next(4) switch
        {
            0 => cpr,
            1 => $"{cpr[..6]}-{cpr[6..]}",
            2 => $"{cpr[..6]} {cpr[6..]}",
            _ => new string([.. cpr.Select(c => (char)('０' + (c - '0')))]),
        };
        return random.Next(3) switch
        {
            0 => number,
            1 => $"Borgeren ({number}) deltog i mødet",
            _ => $"Aftalt med {number}.",
        };
    }

    private const int LookAlikes = 7;

    private static string LookAlike(Random random, int kind)
    {
        string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => random.Next(10)));
        var day = new DateTime(1950, 1, 1).AddDays(random.Next(0, 40_000));
        return kind switch
        {
            // Danish phone numbers: eight digits, with or without +45 and spaces.
            0 => $"Ring på {Digits(8)}",
            1 => $"Telefon +45 {Digits(2)} {Digits(2)} {Digits(2)} {Digits(2)}",
            // Dates as people write them.
            2 => $"Mødet er {day:dd-MM-yyyy} kl. {random.Next(8, 17)}",
            3 => $"Frist {day:yyyy-MM-dd}, opfølgning {day.AddDays(14):dd.MM.yy}",
            // Case numbers in the municipalities' journal plan (KLE) and running numbers.
            4 => $"Sag {Digits(2)}.{Digits(2)}.{Digits(2)}-G{Digits(2)}-{random.Next(1, 9)}-{random.Next(20, 27)}",
            // Ten digits whose first six are no date (day 32–99 or month 13–99), and longer runs of digits.
            5 => $"Sagsnummer {random.Next(32, 100)}{random.Next(1, 13):D2}{Digits(2)}{Digits(4)}",
            _ => $"Reference {random.Next(1, 29):D2}{random.Next(13, 100)}{Digits(2)}-{Digits(4)} og {Digits(12)}",
        };
    }
}
