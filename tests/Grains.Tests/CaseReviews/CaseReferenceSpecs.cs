using CsCheck;
using Recovery.Grains.CaseReviews;

namespace Recovery.Grains.Tests.CaseReviews;

/// <summary>A case is a local reference, never a name or a CPR number: generated CPR-like numbers are refused, look-alikes pass.</summary>
public sealed class CaseReferenceSpecs
{
    private static readonly Gen<DateOnly> Birthday = Gen.Int[0, 365 * 200].Select(d => new DateOnly(1900, 1, 1).AddDays(d));

    private static readonly Gen<string> Separator = Gen.OneOf("", "-", " ", "\u00a0");

    /// <summary>Six digits forming a real date, then four digits: whether or not the old modulus-11 check holds.</summary>
    private static readonly Gen<string> Cpr = Gen.Select(Birthday, Gen.Int[0, 9999], Separator,
        (day, serial, separator) => $"{day:ddMMyy}{separator}{serial:0000}");

    /// <summary>Ten digits whose first six are no date (day 32 or more), as case and account numbers can be.</summary>
    private static readonly Gen<string> TenDigitsNoDate = Gen.Select(Gen.Int[32, 99], Gen.Int[0, 9999], Gen.Int[0, 9999],
        (day, middle, serial) => $"{day:00}{middle:0000}{serial:0000}");

    private static readonly Gen<string> Phone = Gen.Int[10_000_000, 99_999_999]
        .Select(n => $"{n:00 00 00 00}").SelectMany(p => Gen.OneOf($"+45 {p}", p, $"tlf. {p}"));

    private static RuleViolation RefusedReference(string reference) => Assert.Throws<RuleViolation>(() => CaseReference.Valid(reference));

    private static bool Modulus11(string cpr)
    {
        int[] weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        var digits = cpr.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        return digits.Zip(weights, (d, w) => d * w).Sum() % 11 == 0;
    }

    [Fact]
    public void A_cpr_number_as_the_reference_is_refused_with_a_message_saying_so() =>
        Cpr.Sample(cpr =>
        {
            Assert.Equal(CaseReference.CprRefused, RefusedReference(cpr).Message);
            Assert.Equal(CaseReference.CprRefused, RefusedReference($"Sag {cpr}").Message);
        }, iter: 5000);

    [Fact]
    public void Cpr_numbers_that_fail_the_modulus_11_check_are_refused_too()
    {
        // Since 2007 CPR numbers need not pass modulus 11, so the check must not lean on it.
        var failing = 0;
        Cpr.Where(cpr => !Modulus11(cpr)).Sample(cpr =>
        {
            failing++;
            Assert.Equal(CaseReference.CprRefused, RefusedReference(cpr).Message);
        }, iter: 2000);
        Assert.True(failing > 0);
    }

    [Fact]
    public void A_cpr_number_anywhere_in_a_note_is_refused() =>
        Gen.Select(Cpr, Gen.OneOf("Borgeren ", "Se ", "", "(cpr: "), Gen.OneOf(" deltog i mødet.", "", ")"),
            (cpr, before, after) => before + cpr + after).Sample(note =>
        {
            var error = Assert.Throws<RuleViolation>(() => CaseReference.Note(note));
            Assert.Equal(CaseReference.CprRefused, error.Message);
        }, iter: 5000);

    [Fact]
    public void Phone_numbers_are_no_cpr_numbers() =>
        Phone.Sample(phone =>
        {
            Assert.Equal($"Ringede på {phone}.", CaseReference.Note($"Ringede på {phone}."));
            Assert.False(FreeText.ContainsCpr(phone));
        }, iter: 2000);

    [Fact]
    public void Ten_digit_numbers_that_hold_no_date_pass() =>
        TenDigitsNoDate.Sample(number =>
        {
            Assert.Equal($"Sag {number}", CaseReference.Valid($"Sag {number}"));
            Assert.Equal($"Journal {number}", CaseReference.Note($"Journal {number}"));
        }, iter: 2000);

    [Fact]
    public void Short_local_codes_pass() =>
        Gen.Select(Gen.OneOf("Sag ", "S-", "Sag nr. ", "Borger "), Gen.Int[1, 99_999], (prefix, n) => prefix + n).Sample(reference =>
            Assert.Equal(reference, CaseReference.Valid(reference)), iter: 2000);

    [Theory]
    [InlineData("Sag 3")]
    [InlineData("J.nr. 27.12-04")]
    [InlineData("2026/113")]
    [InlineData("Bostøtte 7")]
    [InlineData("01-02-2026")]
    [InlineData("Sag 010226")]
    [InlineData("12 34 56 78")]
    public void Case_numbers_dates_and_phone_numbers_are_references(string reference) =>
        Assert.Equal(reference, CaseReference.Valid(reference));

    [Theory]
    [InlineData("Jens Hansen")]
    [InlineData("Sag")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Sag nummer 1234567890123")]
    [InlineData("Sag 3; DROP")]
    [InlineData("Sag <3>")]
    [InlineData("Sag ３")]
    public void A_name_a_reference_without_a_digit_and_odd_characters_are_refused(string reference) =>
        Assert.Equal(RuleViolation.Codes.Validation, RefusedReference(reference).Code);
}
