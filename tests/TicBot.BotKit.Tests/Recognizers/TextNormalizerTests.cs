using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Tests.Recognizers;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  D'accord, Élodie !", "d accord elodie")]
    [InlineData("Aujourd’hui", "aujourd hui")]
    [InlineData("ŒUVRE cœur", "oeuvre coeur")]
    [InlineData("Straße", "strasse")]
    [InlineData("mi-juin...", "mi juin")]
    [InlineData("n°2", "n 2")]
    [InlineData("", "")]
    [InlineData("?!", "")]
    [InlineData("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ", "aaaceeeeiioouuuy")]
    public void Fold_Text_IsLowerCaseWithoutAccentsOrPunctuation(string input, string expected)
        => Assert.Equal(expected, TextNormalizer.Fold(input));

    [Fact]
    public void Fold_Null_IsEmpty() => Assert.Equal(string.Empty, TextNormalizer.Fold(null));
}
