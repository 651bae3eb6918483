using System.Globalization;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Tests.Recognizers;

public sealed class NumberRecognizerTests
{
    public static TheoryData<string, string> FrenchInputs => new()
    {
        { "1200", "1200" },
        { "1 200", "1200" },
        { "1\u00A0200", "1200" },
        { "1\u202F200", "1200" },
        { "1 200,50", "1200.50" },
        { "1\u202F200,50", "1200.50" },
        { "1.200,50", "1200.50" },
        { "1.200", "1200" },
        { "1.200.000", "1200000" },
        { "1,2 M€", "1200000" },
        { "1,2M€", "1200000" },
        { "1,5 million", "1500000" },
        { "2 milliards", "2000000000" },
        { "15 k€", "15000" },
        { "15k", "15000" },
        { "15 K€", "15000" },
        { "15 000 €", "15000" },
        { "15 000 € HT", "15000" },
        { "15 000 euros", "15000" },
        { "1.5", "1.5" },
        { "0,5", "0.5" },
        { "0.125", "0.125" },
        { "-5", "-5" },
        { "−12,5", "-12.5" },
        { "+7", "7" },
        { "  42  ", "42" },
        { "environ 300", "300" },
        { "1'000", "1000" },
        { "1,200", "1.2" },
    };

    public static TheoryData<string, string> EnglishInputs => new()
    {
        { "1,200", "1200" },
        { "1,200.50", "1200.50" },
        { "1.200", "1.2" },
        { "€15,000", "15000" },
        { "1.2 M€", "1200000" },
        { "15 thousand", "15000" },
        { "1 200,50", "1200.50" },
    };

    public static TheoryData<string> BadInputs => new()
    {
        "", "   ", "abc", "12 abc", "douze", "12 34", "1234 567", "1,2,3", "1..2", "1,", ",5", "--5", "€",
        "15 k€ k€", "1 200 300 40", "12/03", "1e5", "5 pommes", new string('9', 40), new string('1', 5000),
        "99999999999999999999999999999 Md",
    };

    [Theory]
    [MemberData(nameof(FrenchInputs))]
    public void TryRecognize_FrenchForms_ReturnsValue(string input, string expected)
    {
        Assert.True(NumberRecognizer.TryRecognize(input, UserLanguage.French, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [MemberData(nameof(EnglishInputs))]
    public void TryRecognize_EnglishForms_ReturnsValue(string input, string expected)
    {
        Assert.True(NumberRecognizer.TryRecognize(input, UserLanguage.English, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void TryRecognize_NotANumber_ReturnsFalse(string input)
    {
        Assert.False(NumberRecognizer.TryRecognize(input, UserLanguage.French, out _));
        Assert.False(NumberRecognizer.TryRecognize(input, UserLanguage.English, out _));
    }

    [Fact]
    public void TryRecognize_Null_ReturnsFalse() => Assert.False(NumberRecognizer.TryRecognize(null, UserLanguage.French, out _));
}
