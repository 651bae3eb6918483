using TicBot.TestSupport.Texts;

namespace TicBot.Cards.Tests;

public sealed class TextWordingTests
{
    [Fact]
    public void EveryTextTheCardsShow_HasItsWordingInFrenchAndEnglish()
        => Assert.Empty(TextFields.WithoutWording(typeof(TicBot.Cards.Model.AdaptiveCard).Assembly));
}
