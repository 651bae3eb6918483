using System.Text;
using TicBot.BotKit.Logging;

namespace TicBot.BotKit.Tests.Logging;

public sealed class LogPseudonymizerTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a-test-key-of-at-least-32-characters!");

    private static LogPseudonymizer CreateSut() => new(Key);

    [Fact]
    public void Pseudonym_SameKeyAndId_IsStableShortAndHidesTheId()
    {
        var sut = CreateSut();

        var first = sut.Pseudonym("29:1AbCdEfGhIjKlMnOp");
        var again = new LogPseudonymizer(Key).Pseudonym("29:1AbCdEfGhIjKlMnOp");

        Assert.Equal(first, again);
        Assert.Matches("^#[0-9a-f]{16}$", first);
        Assert.NotEqual(first, sut.Pseudonym("29:1AbCdEfGhIjKlMnOq"));
    }

    [Fact]
    public void Pseudonym_AnotherKey_GivesAnotherPseudonym()
    {
        var other = new LogPseudonymizer(Encoding.UTF8.GetBytes("another-key-of-at-least-32-characters"));

        Assert.NotEqual(CreateSut().Pseudonym("29:user"), other.Pseudonym("29:user"));
        Assert.NotEqual(LogPseudonymizer.CreateRandom().Pseudonym("29:user"), LogPseudonymizer.CreateRandom().Pseudonym("29:user"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Pseudonym_NoId_SaysNone(string? id)
        => Assert.Equal("(none)", CreateSut().Pseudonym(id));

    [Fact]
    public void Constructor_KeyShorterThan32Bytes_Throws()
        => Assert.Throws<ArgumentException>(() => new LogPseudonymizer(new byte[31]));

    [Fact]
    public void Key_StorageKey_KeepsItsStructureAndHidesEveryId()
    {
        var sut = CreateSut();

        var logged = sut.Key("msteams/conversations/a:1Ab-Zq_9/users/29:1xyz");

        Assert.Equal($"msteams/conversations/{sut.Pseudonym("a:1Ab-Zq_9")}/users/{sut.Pseudonym("29:1xyz")}", logged);
    }

    [Fact]
    public void Key_ProjectKey_HidesThePlaceAndTheProject()
    {
        var sut = CreateSut();

        var logged = sut.Key("msteams/projects/personal/29:1xyz/0f8e2a");

        Assert.Equal($"msteams/projects/personal/{sut.Pseudonym("29:1xyz")}/{sut.Pseudonym("0f8e2a")}", logged);
    }

    [Fact]
    public void ConnectorPath_ConversationAndMember_AreTheUnescapedIdsPseudonyms()
    {
        var sut = CreateSut();

        var reply = sut.ConnectorPath("/_connector/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities/in-1");
        var member = sut.ConnectorPath("/v3/conversations/a%3A1/members/29%3A1xyz");

        Assert.Equal($"/_connector/v3/conversations/{sut.Pseudonym("19:abc@thread.tacv2;messageid=17")}/activities/in-1", reply);
        Assert.Equal($"/v3/conversations/{sut.Pseudonym("a:1")}/members/{sut.Pseudonym("29:1xyz")}", member);
    }
}
