using TicBot.Cards.Model;
using TicBot.Cards.Serialization;

namespace TicBot.Cards.Tests.Model;

public sealed class CardInvokeResponseTests
{
    [Fact]
    public void Card_RefreshedCard_IsWrappedAsTeamsExpects()
    {
        var body = CardInvokeResponse.Card(new AdaptiveCard([new TextBlock("Enregistré")]));

        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
        Assert.Equal("Enregistré", body.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Message_Text_IsAnActivityMessage()
    {
        var body = CardInvokeResponse.Message("C’est noté.");

        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal("C’est noté.", body.GetProperty("value").GetString());
    }

    [Fact]
    public void Error_RefusedPayload_CarriesCodeAndMessage()
    {
        var body = CardInvokeResponse.Error(400, "BadRequest", "Cette carte n’est plus à jour.");

        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal("BadRequest", body.GetProperty("value").GetProperty("code").GetString());
        Assert.Throws<ArgumentOutOfRangeException>(() => CardInvokeResponse.Error(200, "Ok", "Ok"));
    }
}
