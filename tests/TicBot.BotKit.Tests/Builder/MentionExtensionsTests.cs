using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Tests.Builder;

public sealed class MentionExtensionsTests
{
    [Theory]
    [InlineData("<at>TicBot</at> nouveau projet", "nouveau projet")]
    [InlineData("nouveau <at>TicBot</at> projet", "nouveau projet")]
    [InlineData("<at>TicBot</at>&nbsp;aide", "aide")]
    [InlineData("<at>TicBot</at>\u00A0aide", "aide")]
    [InlineData("<at>TicBot</at>", "")]
    [InlineData("aide", "aide")]
    [InlineData("<at>TicBot</at> ligne 1\nligne 2\n\n  - point", "ligne 1\nligne 2\n\n  - point")]
    [InlineData("<at>TicBot</at>&nbsp;nom :  Écoles   numériques", "nom :  Écoles   numériques")]
    [InlineData("début\r\n<at>TicBot</at> suite", "début\r\nsuite")]
    public void RemoveRecipientMention_BotMentioned_RemovesItAndTrims(string text, string expected)
    {
        var sut = Message(text, """[{"type":"mention","mentioned":{"id":"28:bot","name":"TicBot"},"text":"<at>TicBot</at>"}]""");

        var result = sut.RemoveRecipientMention();

        Assert.Equal(expected, result);
        Assert.Equal(expected, sut.Text);
    }

    [Fact]
    public void RemoveRecipientMention_OtherPersonMentioned_KeepsTheirMention()
    {
        var sut = Message("<at>TicBot</at> ajoute <at>Alex</at>", """
            [{"type":"mention","mentioned":{"id":"28:bot","name":"TicBot"},"text":"<at>TicBot</at>"},
             {"type":"mention","mentioned":{"id":"29:alex","name":"Alex"},"text":"<at>Alex</at>"}]
            """);

        Assert.Equal("ajoute <at>Alex</at>", sut.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_MentionWithoutText_UsesTheName()
    {
        var sut = Message("<at>TicBot</at> menu", """[{"type":"mention","mentioned":{"id":"28:bot","name":"TicBot"}}]""");

        Assert.Equal("menu", sut.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_NoTextOrNoRecipient_LeavesActivityAlone()
    {
        var noText = Message(null, "[]");
        var noRecipient = Message("<at>TicBot</at> x", """[{"type":"mention","mentioned":{"id":"28:bot"},"text":"<at>TicBot</at>"}]""");
        noRecipient.Recipient = null;

        Assert.Null(noText.RemoveRecipientMention());
        Assert.Equal("<at>TicBot</at> x", noRecipient.RemoveRecipientMention());
    }

    private static Activity Message(string? text, string entities)
    {
        var activity = JsonSerializer.Deserialize($$"""{"type":"message","entities":{{entities}}}""", BotKitJsonContext.Default.Activity)!;
        activity.Text = text;
        activity.Recipient = new ChannelAccount { Id = "28:bot", Name = "TicBot" };
        return activity;
    }
}
