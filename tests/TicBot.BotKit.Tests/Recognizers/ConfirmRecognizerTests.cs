using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Tests.Recognizers;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("oui")]
    [InlineData("Oui !")]
    [InlineData("OUI")]
    [InlineData("o")]
    [InlineData("d'accord")]
    [InlineData("D’accord.")]
    [InlineData("ok")]
    [InlineData("OK")]
    [InlineData("bien sûr")]
    [InlineData("tout à fait")]
    [InlineData("oui, c'est parfait")]
    [InlineData("yes")]
    [InlineData("y")]
    [InlineData("Yes please")]
    public void Recognize_Agreement_ReturnsTrue(string input) => Assert.True(ConfirmRecognizer.Recognize(input));

    [Theory]
    [InlineData("non")]
    [InlineData("Non.")]
    [InlineData("n")]
    [InlineData("pas maintenant")]
    [InlineData("Pas maintenant, merci")]
    [InlineData("plus tard")]
    [InlineData("non merci")]
    [InlineData("non, je préfère attendre")]
    [InlineData("no")]
    [InlineData("not now")]
    public void Recognize_Refusal_ReturnsFalse(string input) => Assert.False(ConfirmRecognizer.Recognize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("peut-être")]
    [InlineData("abc")]
    [InlineData("oui non")]
    [InlineData("nonobstant")]
    [InlineData("okapi")]
    public void Recognize_NeitherYesNorNo_ReturnsNull(string? input) => Assert.Null(ConfirmRecognizer.Recognize(input));
}
