using System.Text.Json;
using TicBot.Cards.Actions;
using TicBot.Cards.Factories;
using TicBot.Cards.Serialization;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Tests.Factories;

public sealed class ChoiceCardFactoryTests
{
    [Fact]
    public void Create_SevenOptions_ButtonsInSetsOfSixAnsweringTheirNumber()
    {
        var sut = ChoiceCardFactory.Create("Question ?", ["a", "b", "c", "d", "e", "f", "g"], ContentLanguage.French);

        var json = JsonDocument.Parse(CardSerializer.ToJson(sut)).RootElement;
        var sets = json.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "ActionSet").ToList();
        Assert.Equal([6, 1], sets.Select(s => s.GetProperty("actions").GetArrayLength()));
        var last = sets[1].GetProperty("actions")[0].GetProperty("data");
        var decoded = CardActionData.TryDecode(last);
        Assert.True(decoded.Succeeded);
        Assert.Equal("7", Assert.IsType<PromptChoiceData>(decoded.Data).Choice);
    }

    [Theory]
    [InlineData("""{"action":"prompt.choice","v":1,"choice":"0"}""")]
    [InlineData("""{"action":"prompt.choice","v":1,"choice":"101"}""")]
    [InlineData("""{"action":"prompt.choice","v":1,"choice":"Commune"}""")]
    [InlineData("""{"action":"prompt.choice","v":1,"choice":2}""")]
    [InlineData("""{"action":"prompt.choice","v":1}""")]
    public void Decode_ForgedChoice_IsMalformed(string payload)
    {
        var decoded = CardActionData.TryDecode(JsonDocument.Parse(payload).RootElement);

        Assert.False(decoded.Succeeded);
        Assert.Equal(CardActionError.Malformed, decoded.Error);
    }
}
