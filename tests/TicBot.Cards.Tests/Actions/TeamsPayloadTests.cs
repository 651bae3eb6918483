using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using TicBot.Cards.Actions;
using TicBot.Cards.Factories;
using TicBot.Cards.Tests.Support;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Tests.Actions;

/// <summary>The decoder against the activity values recorded from Teams (Agents Playground).</summary>
public sealed class TeamsPayloadTests
{
    private static JsonNode Fixture(string name)
    {
        var assembly = Assembly.Load("TicBot.TestSupport");
        using var stream = assembly.GetManifestResourceStream($"TicBot.TestSupport.Fixtures.teams.{name}.json")
            ?? throw new InvalidOperationException("Missing fixture " + name);
        return JsonNode.Parse(stream)!["request"]!["body"]!;
    }

    [Fact]
    public void TryDecode_RecordedSubmitOfAnotherBot_IsUnknown()
    {
        var value = Fixture("07-personal-message-card-submit")["value"]!;

        var result = CardActionData.TryDecode(JsonSerializer.SerializeToElement(value));

        Assert.Equal(CardActionError.Unknown, result.Error);
    }

    [Fact]
    public void TryDecode_RecordedInvokeWithoutOurPayload_IsMalformed()
    {
        var value = Fixture("10-invoke-adaptiveCard-action")["value"]!;

        var result = CardActionData.TryDecode(JsonSerializer.SerializeToElement(value));

        Assert.Equal(CardActionError.Malformed, result.Error);
    }

    [Fact]
    public void TryDecode_RecordedInvokeCarryingOurReminderButton_GivesTheReminder()
    {
        var card = ReminderCardFactory.Create(SampleProjects.Reminder(ContentLanguage.French), ContentLanguage.French);
        var button = JsonNode.Parse(CardText.OfType(card, "Action.Execute")[1].GetRawText())!.AsObject();
        button.Remove("fallback");
        var activity = Fixture("10-invoke-adaptiveCard-action");
        activity["value"]!["action"] = button;

        var result = CardActionData.TryDecode(JsonSerializer.SerializeToElement(activity["value"]));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(new ReminderSnoozeData("rem-7f3a"), result.Data);
        Assert.Equal("adaptiveCard/action", activity["name"]!.GetValue<string>());
    }
}
