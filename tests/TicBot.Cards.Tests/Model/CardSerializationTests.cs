using System.Text.Json;
using TicBot.Cards.Actions;
using TicBot.Cards.Model;
using TicBot.Cards.Serialization;

namespace TicBot.Cards.Tests.Model;

public sealed class CardSerializationTests
{
    [Fact]
    public void ToJson_Elements_WritesTypeFirstCamelCaseAndNoNulls()
    {
        var sut = new AdaptiveCard([new TextBlock("Bonjour") { Weight = TextWeight.Bolder, Size = TextSize.ExtraLarge }]);

        var json = CardSerializer.ToJson(sut);

        Assert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.0","body":[{"type":"TextBlock","text":"Bonjour","size":"extraLarge","weight":"bolder"}]}""",
            json);
    }

    [Fact]
    public void ToJson_ExecuteWithFallback_WritesVerbDataAndSubmitFallback()
    {
        var action = ExecuteAction.WithSubmitFallback("Fait", new ReminderDoneData("rem-1"), ActionStyle.Positive);
        var sut = new AdaptiveCard([new TextBlock("Rappel")]) { Actions = [action] };

        var root = CardSerializer.ToJsonElement(sut);
        var written = root.GetProperty("actions")[0];

        Assert.Equal("1.4", root.GetProperty("version").GetString());
        Assert.Equal("Action.Execute", written.GetProperty("type").GetString());
        Assert.Equal("reminder.done", written.GetProperty("verb").GetString());
        Assert.Equal("positive", written.GetProperty("style").GetString());
        Assert.Equal("""{"action":"reminder.done","v":1,"reminder":"rem-1"}""", written.GetProperty("data").GetRawText());
        Assert.Equal("Action.Submit", written.GetProperty("fallback").GetProperty("type").GetString());
        Assert.Equal(written.GetProperty("data").GetRawText(), written.GetProperty("fallback").GetProperty("data").GetRawText());
    }

    [Fact]
    public void ToJson_TableAndInputs_WritesSchemaShapes()
    {
        var sut = new AdaptiveCard(
        [
            new Table([new TableColumnDefinition(2)], [new TableRow([new TableCell([new TextBlock("A")])])]),
            new InputToggle("tick.a", "Point 1 sur 1", "Faire A") { Value = "true" },
            new InputDate("due", "Échéance") { Value = new DateOnly(2027, 3, 15) },
        ]);

        var root = CardSerializer.ToJsonElement(sut);
        var body = root.GetProperty("body");

        Assert.Equal("TableColumnDefinition", body[0].GetProperty("columns")[0].GetProperty("type").GetString());
        Assert.Equal(2, body[0].GetProperty("columns")[0].GetProperty("width").GetInt32());
        Assert.Equal("TableCell", body[0].GetProperty("rows")[0].GetProperty("cells")[0].GetProperty("type").GetString());
        Assert.Equal("Input.Toggle", body[1].GetProperty("type").GetString());
        Assert.Equal("Point 1 sur 1", body[1].GetProperty("label").GetString());
        Assert.Equal("2027-03-15", body[2].GetProperty("value").GetString());
    }

    [Fact]
    public void AttachmentSize_CountsTheWrappedUtf8Json()
    {
        var sut = new AdaptiveCard([new TextBlock("é")]);

        var expected = JsonSerializer.SerializeToUtf8Bytes(new CardAttachment(sut), CardJsonContext.Default.CardAttachment).Length;

        Assert.Equal(expected, CardSerializer.AttachmentSize(sut));
        Assert.Contains("\"contentType\":\"application/vnd.microsoft.card.adaptive\"", JsonSerializer.Serialize(new CardAttachment(sut), CardJsonContext.Default.CardAttachment), StringComparison.Ordinal);
    }
}
