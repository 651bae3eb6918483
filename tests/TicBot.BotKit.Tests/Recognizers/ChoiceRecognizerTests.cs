using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Choices =
    [
        new() { Value = "Recueil des besoins", Synonyms = ["besoins"] },
        new() { Value = "Étude de faisabilité", Synonyms = ["scénarios", "dossier de choix"] },
        new() { Value = "Planification", Synonyms = ["planning", "calendrier"] },
        new() { Value = "Communication" },
    ];

    [Theory]
    [InlineData("1", 0)]
    [InlineData("3", 2)]
    [InlineData("n°2", 1)]
    [InlineData("deuxième", 1)]
    [InlineData("le dernier", 3)]
    [InlineData("Recueil des besoins", 0)]
    [InlineData("recueil des besoins", 0)]
    [InlineData("ETUDE DE FAISABILITE", 1)]
    [InlineData("étude de faisabilité !", 1)]
    [InlineData("planning", 2)]
    [InlineData("Scenarios", 1)]
    [InlineData("je veux faire le planning", 2)]
    [InlineData("faisabilité", 1)]
    [InlineData("planificaton", 2)]
    [InlineData("comunication", 3)]
    [InlineData("etdue de faisabilite", 1)]
    public void Recognize_Answer_FindsChoice(string input, int expected)
    {
        var result = ChoiceRecognizer.Recognize(input, Choices);

        Assert.NotNull(result.Match);
        Assert.Equal(expected, result.Match.Index);
        Assert.Equal(Choices[expected].Value, result.Match.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("abc")]
    [InlineData("xyzzy plugh")]
    [InlineData("-1")]
    public void Recognize_UnrelatedAnswer_MatchesNothing(string? input)
    {
        var result = ChoiceRecognizer.Recognize(input, Choices);

        Assert.Null(result.Match);
        Assert.False(result.IsAmbiguous);
    }

    [Fact]
    public void Recognize_HugeInput_MatchesNothing()
    {
        Assert.Null(ChoiceRecognizer.Recognize(new string('a', 100_000), Choices).Match);
    }

    [Theory]
    [InlineData("besoins et planning")]
    [InlineData("étude")]
    public void Recognize_AnswerFittingTwoChoices_IsAmbiguous(string input)
    {
        Choice[] choices = [.. Choices, new Choice { Value = "Étude d'organisation" }];

        var result = ChoiceRecognizer.Recognize(input, choices);

        Assert.Null(result.Match);
        Assert.True(result.IsAmbiguous);
    }
}
