using TicBot.TestSupport.Texts;

namespace TicBot.Dialogs.Tests;

public sealed class TextWordingTests
{
    [Fact]
    public void EveryTextTheConversationsSay_HasItsWordingInFrenchAndEnglish()
        => Assert.Empty(TextFields.WithoutWording(typeof(TicBotConversation).Assembly));
}
