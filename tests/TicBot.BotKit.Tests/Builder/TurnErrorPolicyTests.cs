using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Tests.Hosting;
using TicBot.TestSupport.Logging;

namespace TicBot.BotKit.Tests.Builder;

public sealed class TurnErrorPolicyTests
{
    private readonly RecordingLoggerProvider _logs = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HandleAsync_FailedMessage_LogsTemplateWithPseudonymisedConversationIdAndApologisesInFrench()
    {
        var adapter = new RecordingAdapter();
        var sut = CreateSut();
        var failure = new InvalidOperationException("secret detail");

        await sut.HandleAsync(Turn(adapter, ActivityTypes.Message, locale: null), failure, Ct);

        var entry = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("Turn failed for {ConversationId}", entry.Template);
        // The id's keyed pseudonym, never the id itself.
        Assert.Matches("^#[0-9a-f]{16}$", (string?)entry.Values["ConversationId"]);
        Assert.Same(failure, entry.Exception);
        var apology = Assert.Single(adapter.Sent);
        Assert.Equal(TurnErrorPolicy.Apology.French, apology.Text);
        Assert.DoesNotContain("secret", apology.Text, StringComparison.Ordinal);
        Assert.Contains("vérifiez", apology.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("pas touchées", apology.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "auto", false)]
    [InlineData("fr-FR", "auto", true)]
    [InlineData("en-US", "fr", true)]
    [InlineData("fr-FR", "en", false)]
    public async Task HandleAsync_LocaleAndSetting_ChooseTheLanguage(string locale, string setting, bool french)
    {
        var adapter = new RecordingAdapter();

        await CreateSut(language: setting).HandleAsync(Turn(adapter, ActivityTypes.Message, locale), new InvalidOperationException(), Ct);

        Assert.Equal(french ? TurnErrorPolicy.Apology.French : TurnErrorPolicy.Apology.English, Assert.Single(adapter.Sent).Text);
    }

    [Fact]
    public async Task HandleAsync_CleanupsRegistered_RunsEachEvenWhenOneThrows()
    {
        var calls = new List<string>();
        var adapter = new RecordingAdapter();
        var sut = CreateSut(cleanups: [new Cleanup("a", calls, fail: true), new Cleanup("b", calls, fail: false)]);

        await sut.HandleAsync(Turn(adapter, ActivityTypes.Message, "fr-FR"), new InvalidOperationException(), Ct);

        Assert.Equal(["a", "b"], calls);
        Assert.Single(adapter.Sent);
        Assert.Contains(_logs.Entries, e => e.Template == "Cleanup {Cleanup} failed after the failed turn in {ConversationId}");
    }

    [Fact]
    public async Task HandleAsync_ApologyCannotBeSent_ThrowsSoTheAdapterAnswers500()
    {
        var adapter = new RecordingAdapter { FailSends = true };

        await Assert.ThrowsAsync<TurnErrorPolicyException>(
            () => CreateSut().HandleAsync(Turn(adapter, ActivityTypes.Message, "fr-FR"), new InvalidOperationException(), Ct));

        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error && e.Template == "Turn failed for {ConversationId}");
    }

    [Theory]
    [InlineData("fr-FR", "auto", true)]
    [InlineData("en-US", "auto", false)]
    [InlineData("en-US", "fr", true)]
    public async Task HandleAsync_FailedInvokeAfterItsAnswerWasSet_ReplacesItWithAnErrorAnswerAndPostsNothing(string locale, string language, bool french)
    {
        var adapter = new RecordingAdapter();
        var turn = Turn(adapter, ActivityTypes.Invoke, locale);
        turn.SetInvokeResponse(InvokeResponses.Message("Enregistré."));
        var metrics = new BotKitMetrics();

        await CreateSut(language, metrics: metrics).HandleAsync(turn, new InvalidOperationException(), Ct);

        var body = turn.GetInvokeResponse()!.Body!.Value;
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal(french ? TurnErrorPolicy.Apology.French : TurnErrorPolicy.Apology.English, body.GetProperty("value").GetProperty("message").GetString());
        Assert.Empty(adapter.Sent);
        Assert.Equal(1, metrics.FailedTurns);
    }

    [Fact]
    public async Task HandleAsync_FailedConversationUpdate_LogsWithoutMessagingTheUser()
    {
        var adapter = new RecordingAdapter();

        await CreateSut().HandleAsync(Turn(adapter, ActivityTypes.ConversationUpdate, "fr-FR"), new InvalidOperationException(), Ct);

        Assert.Empty(adapter.Sent);
        Assert.Single(_logs.Entries, e => e.Template == "Turn failed for {ConversationId}");
    }

    private TurnErrorPolicy CreateSut(string language = "auto", ITurnErrorCleanup[]? cleanups = null, BotKitMetrics? metrics = null)
    {
        var factory = LoggerFactory.Create(b => b.AddProvider(_logs));
        return new TurnErrorPolicy(factory.CreateLogger<TurnErrorPolicy>(), cleanups ?? [], Options.Create(new BotKitOptions { Language = language }), metrics);
    }

    private static TurnContext Turn(BotAdapter adapter, string type, string? locale) => new(adapter, new Activity
    {
        Type = type,
        Id = "in-1",
        Locale = locale,
        Conversation = new ConversationAccount { Id = "conv-1" },
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:bot" },
    });

    private sealed class Cleanup(string name, List<string> calls, bool fail) : ITurnErrorCleanup
    {
        public Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
        {
            calls.Add(name);
            return fail ? throw new InvalidOperationException("cleanup failed") : Task.CompletedTask;
        }
    }

    private sealed class RecordingAdapter : BotAdapter
    {
        public List<Activity> Sent { get; } = [];

        public bool FailSends { get; init; }

        public override Task<ResourceResponseList> SendActivitiesAsync(ITurnContext turnContext, IList<Activity> activities, CancellationToken cancellationToken)
        {
            if (FailSends)
            {
                throw new HttpRequestException("channel down");
            }

            Sent.AddRange(activities);
            return Task.FromResult(new ResourceResponseList(activities.Select(_ => new ResourceResponse("x"))));
        }

        public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
            => throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
            => throw new NotSupportedException();
    }
}
