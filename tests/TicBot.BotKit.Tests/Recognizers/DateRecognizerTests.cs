using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Tests.Recognizers;

public sealed class DateRecognizerTests
{
    // A Saturday in late November: "mars" and "fin juin" without a year fall in the next year.
    private static readonly DateOnly Today = new(2026, 11, 28);

    public static TheoryData<string, string, DatePrecision> FrenchInputs => new()
    {
        { "15/03/2027", "2027-03-15", DatePrecision.Day },
        { "15-03-2027", "2027-03-15", DatePrecision.Day },
        { "15.03.2027", "2027-03-15", DatePrecision.Day },
        { "5/3/27", "2027-03-05", DatePrecision.Day },
        { "le 15/03/2027", "2027-03-15", DatePrecision.Day },
        { "29/02/2028", "2028-02-29", DatePrecision.Day },
        { "15/12", "2026-12-15", DatePrecision.Day },
        { "15/01", "2027-01-15", DatePrecision.Day },
        { "2027-03-15", "2027-03-15", DatePrecision.Day },
        { "2027-03-15T10:00:00Z", "2027-03-15", DatePrecision.Day },
        { "15 mars 2027", "2027-03-15", DatePrecision.Day },
        { "15 MARS 2027", "2027-03-15", DatePrecision.Day },
        { "1er mars 2027", "2027-03-01", DatePrecision.Day },
        { "premier mars 2027", "2027-03-01", DatePrecision.Day },
        { "le 1er août 2027", "2027-08-01", DatePrecision.Day },
        { "lundi 15 mars 2027", "2027-03-15", DatePrecision.Day },
        { "3 fevrier 2027", "2027-02-03", DatePrecision.Day },
        { "3 févr. 2027", "2027-02-03", DatePrecision.Day },
        { "15 mars", "2027-03-15", DatePrecision.Day },
        { "mars 2027", "2027-03-01", DatePrecision.Month },
        { "mars", "2027-03-01", DatePrecision.Month },
        { "décembre", "2026-12-01", DatePrecision.Month },
        { "aujourd'hui", "2026-11-28", DatePrecision.Day },
        { "Aujourd’hui", "2026-11-28", DatePrecision.Day },
        { "demain", "2026-11-29", DatePrecision.Day },
        { "après-demain", "2026-11-30", DatePrecision.Day },
        { "dans 3 mois", "2027-02-28", DatePrecision.Day },
        { "dans trois semaines", "2026-12-19", DatePrecision.Day },
        { "dans un an", "2027-11-28", DatePrecision.Day },
        { "dans 10 jours", "2026-12-08", DatePrecision.Day },
        { "d'ici 2 mois", "2027-01-28", DatePrecision.Day },
        { "fin juin", "2027-06-30", DatePrecision.Day },
        { "fin février 2028", "2028-02-29", DatePrecision.Day },
        { "fin du mois", "2026-11-30", DatePrecision.Day },
        { "fin 2027", "2027-12-31", DatePrecision.Day },
        { "fin de l'année", "2026-12-31", DatePrecision.Day },
        { "début juillet", "2027-07-01", DatePrecision.Day },
        { "mi-juin 2027", "2027-06-15", DatePrecision.Day },
        { "à partir du 15 mars 2027", "2027-03-15", DatePrecision.Day },
    };

    public static TheoryData<string, string, DatePrecision> EnglishInputs => new()
    {
        { "March 15, 2027", "2027-03-15", DatePrecision.Day },
        { "15th March 2027", "2027-03-15", DatePrecision.Day },
        { "03/15/2027", "2027-03-15", DatePrecision.Day },
        { "today", "2026-11-28", DatePrecision.Day },
        { "tomorrow", "2026-11-29", DatePrecision.Day },
        { "in 3 months", "2027-02-28", DatePrecision.Day },
        { "in two weeks", "2026-12-12", DatePrecision.Day },
        { "end of June", "2027-06-30", DatePrecision.Day },
        { "June 2027", "2027-06-01", DatePrecision.Month },
    };

    public static TheoryData<string> BadInputs => new()
    {
        "", "  ", "abc", "31/02/2027", "30/02/2027", "29/02/2027", "32/01/2027", "15/13/2027", "00/01/2027",
        "2027-02-31", "2027-13-01", "31 février 2027", "15 mars 27000", "15 foo 2027", "dans mois", "dans 3 lunes",
        "fin", "15/03/2027/1", "15//2027", "1.5", "-5", "mars mars", new string('1', 5000), "demain matin tôt",
    };

    [Theory]
    [MemberData(nameof(FrenchInputs))]
    public void Recognize_FrenchForms_ReturnsDate(string input, string expected, DatePrecision precision)
    {
        var result = DateRecognizer.Recognize(input, Today, UserLanguage.French);

        Assert.NotNull(result);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Date);
        Assert.Equal(precision, result.Precision);
    }

    [Theory]
    [MemberData(nameof(EnglishInputs))]
    public void Recognize_EnglishForms_ReturnsDate(string input, string expected, DatePrecision precision)
    {
        var result = DateRecognizer.Recognize(input, Today, UserLanguage.English);

        Assert.NotNull(result);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Date);
        Assert.Equal(precision, result.Precision);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Recognize_NotAnExistingDate_ReturnsNull(string input)
    {
        Assert.Null(DateRecognizer.Recognize(input, Today, UserLanguage.French));
    }

    [Fact]
    public void Recognize_Null_ReturnsNull() => Assert.Null(DateRecognizer.Recognize(null, Today, UserLanguage.French));
}
