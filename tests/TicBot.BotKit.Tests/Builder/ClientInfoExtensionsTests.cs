using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Tests.Builder;

public sealed class ClientInfoExtensionsTests
{
    [Fact]
    public void GetUserLocale_ActivityLocaleSet_PrefersIt()
    {
        Assert.Equal("en-GB", Parse("""{"type":"message","locale":"en-GB","entities":[{"type":"clientInfo","locale":"fr-FR"}]}""").GetUserLocale());
    }

    [Fact]
    public void GetUserLocale_OnlyClientInfo_UsesIt()
    {
        Assert.Equal("fr-FR", Parse("""{"type":"message","entities":[{"type":"clientInfo","locale":"fr-FR"}]}""").GetUserLocale());
        Assert.Null(Parse("""{"type":"message"}""").GetUserLocale());
    }

    [Fact]
    public void GetUserTimeZone_ClientInfoTimeZone_ResolvesIana()
    {
        var zone = Parse("""{"type":"message","localTimezone":"UTC","entities":[{"type":"clientInfo","timezone":"Europe/Paris"}]}""").GetUserTimeZone();

        Assert.Equal("Europe/Paris", zone?.Id);
    }

    [Theory]
    [InlineData("""{"type":"message","localTimezone":"America/Cayenne"}""", "America/Cayenne")]
    [InlineData("""{"type":"message","entities":[{"type":"clientInfo","timezone":"Mars/Olympus"}],"localTimezone":"Europe/Paris"}""", "Europe/Paris")]
    [InlineData("""{"type":"message","entities":[{"type":"clientInfo","timezone":"Mars/Olympus"}]}""", null)]
    [InlineData("""{"type":"message","localTimezone":"../../etc/passwd"}""", null)]
    public void GetUserTimeZone_Fallbacks_ResolveOrReturnNull(string json, string? expected)
    {
        Assert.Equal(expected, Parse(json).GetUserTimeZone()?.Id);
    }

    private static Activity Parse(string json) => JsonSerializer.Deserialize(json, BotKitJsonContext.Default.Activity)!;
}
