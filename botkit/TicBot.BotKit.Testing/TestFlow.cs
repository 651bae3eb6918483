using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Testing;

/// <summary>
/// A conversation transcript to play against a bot: <c>.Send("bonjour").AssertReply("Bonjour !")…StartTestAsync(ct)</c>.
/// Steps run in order when <see cref="StartTestAsync"/> is awaited; a failed expectation throws
/// <see cref="TestFlowAssertionException"/>.
/// </summary>
public sealed class TestFlow
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly List<(string Description, Func<CancellationToken, Task> Run)> _steps = [];

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
    }

    public TestFlow(TestAdapter adapter, IBot bot) : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync) { }

    /// <summary>The user sends <paramref name="text"/>.</summary>
    public TestFlow Send(string text) => Send(_adapter.MakeActivity(text));

    /// <summary>The user (or Teams) sends <paramref name="activity"/>: a card submit, an invoke…</summary>
    public TestFlow Send(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Step($"send {activity.Type} '{activity.Text}'", ct => _adapter.ProcessActivityAsync(activity, _callback, ct));
    }

    /// <summary>
    /// The user sends what <paramref name="activity"/> builds when the step runs: a click on a card the bot has just
    /// sent, read from a reply captured by an earlier step.
    /// </summary>
    public TestFlow Send(Func<Activity> activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Step("send a built activity", ct => _adapter.ProcessActivityAsync(activity(), _callback, ct));
    }

    /// <summary>
    /// The user clicks a button (or submits the form) of the last question the bot asked with a card:
    /// <paramref name="cardAnswer"/> (a submit message or an Action.Execute invoke) is sent with that question's id in
    /// its data, as the card itself would send it.
    /// </summary>
    public TestFlow Click(Activity cardAnswer)
    {
        ArgumentNullException.ThrowIfNull(cardAnswer);
        return Step($"click {cardAnswer.Type}", ct => _adapter.ProcessActivityAsync(WithQuestion(cardAnswer, _adapter.LastQuestionId), _callback, ct));
    }

    /// <summary>A copy of a card answer carrying <paramref name="questionId"/> in its data.</summary>
    public static Activity WithQuestion(Activity cardAnswer, string? questionId)
    {
        ArgumentNullException.ThrowIfNull(cardAnswer);
        if (questionId is null || cardAnswer.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return cardAnswer;
        }

        var root = System.Text.Json.Nodes.JsonNode.Parse(value.GetRawText())!.AsObject();
        var data = cardAnswer.Type == ActivityTypes.Invoke && root["action"]?["data"] is System.Text.Json.Nodes.JsonObject inner ? inner : root;
        data[Prompts.QuestionStamp.Key] = questionId;
        var copy = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(cardAnswer, BotKitJsonContext.Default.Activity), BotKitJsonContext.Default.Activity)!;
        using var document = JsonDocument.Parse(root.ToJsonString());
        copy.Value = document.RootElement.Clone();
        return copy;
    }

    /// <summary>The next reply's text is exactly <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected)
        => AssertReply(a => string.Equals(a.Text, expected, StringComparison.Ordinal), $"reply '{expected}'");

    /// <summary>The next reply satisfies <paramref name="predicate"/>.</summary>
    public TestFlow AssertReply(Func<Activity, bool> predicate, string description)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return AssertReply(a =>
        {
            if (!predicate(a))
            {
                throw new TestFlowAssertionException($"Expected {description}, got {Describe(a)}.");
            }
        }, description);
    }

    /// <summary>The next reply passes <paramref name="inspect"/>, which may use any assertion library.</summary>
    public TestFlow AssertReply(Action<Activity> inspect, string description = "a reply")
    {
        ArgumentNullException.ThrowIfNull(inspect);
        return Step($"expect {description}", _ =>
        {
            var reply = _adapter.GetNextReply() ?? throw new TestFlowAssertionException($"Expected {description}, but the bot sent nothing more.");
            inspect(reply);
            return Task.CompletedTask;
        });
    }

    /// <summary>The next reply's text contains <paramref name="fragment"/>.</summary>
    public TestFlow AssertReplyContains(string fragment)
        => AssertReply(a => a.Text?.Contains(fragment, StringComparison.Ordinal) == true, $"a reply containing '{fragment}'");

    /// <summary>The next reply carries an Adaptive Card whose JSON satisfies <paramref name="cardCheck"/>.</summary>
    public TestFlow AssertCard(Func<JsonElement, bool> cardCheck, string description = "an Adaptive Card")
    {
        ArgumentNullException.ThrowIfNull(cardCheck);
        return AssertReply(a => a.Attachments?.Any(x => x.ContentType == Attachment.AdaptiveCardContentType && x.Content is { } c && cardCheck(c)) == true, description);
    }

    /// <summary>The bot has no reply left to check.</summary>
    public TestFlow AssertNoReply() => Step("expect no reply", _ =>
        _adapter.GetNextReply() is { } extra
            ? throw new TestFlowAssertionException($"Expected no reply, got {Describe(extra)}.")
            : Task.CompletedTask);

    /// <summary>Shorthand: the user says <paramref name="userSays"/>, the bot answers <paramref name="expected"/>.</summary>
    public TestFlow Test(string userSays, string expected) => Send(userSays).AssertReply(expected);

    /// <summary>Plays the steps in order.</summary>
    public async Task StartTestAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < _steps.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await _steps[i].Run(cancellationToken);
        }
    }

    private TestFlow Step(string description, Func<CancellationToken, Task> run)
    {
        _steps.Add((description, run));
        return this;
    }

    private static string Describe(Activity activity)
    {
        var cards = activity.Attachments?.Count ?? 0;
        return $"{activity.Type} '{activity.Text}'" + (cards > 0 ? $" with {cards} attachment(s)" : string.Empty);
    }
}
