using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TicBot.Bot.Routing;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Schema;
using TicBot.TestSupport;
using static TicBot.Bot.Tests.Checklists.TeamsPayloads;

namespace TicBot.Bot.Tests;

/// <summary>Issue 17 on the wire: the real bot over loopback HTTP with the fake channel.</summary>
public sealed class TurnWireTests
{
    private const string Personal = "03-personal-message-hello.json";
    private const string Invoke = "10-invoke-adaptiveCard-action.json";
    private const string Install = "01-personal-installationUpdate.json";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SlowChannel_ReplyNeverAnswered_HttpAnswerComesAtTheDeadline()
    {
        await using var host = await BotTestHost.StartAsync(Ct, ("Bot:TurnDeadline", "00:00:01"));
        host.Channel.Enqueue(ScriptedResponse.NoAnswer());

        // The client would give up long before the channel's connector attempt (15 s) did.
        using var client = new HttpClient { BaseAddress = host.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(12) };
        using var response = await client.PostAsync("/api/messages", Json(TeamsFixtures.Load(Personal).BodyWith(host.Channel.ServiceUrl, Says("aide"))), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, host.Services.GetRequiredService<BotKitMetrics>().TimedOutTurns);
    }

    [Fact]
    public async Task ChannelClosesTheConnectionEarly_TurnStillFinishesAndReplies()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await BotTestHost.StartAsync(
            s => s.AddKeyedSingleton<IActivityHandler>(ActivityTypes.Message, new GatedHandler(started, gate)), Ct);
        using var leaving = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var request = host.Client.PostAsync("/api/messages", Json(TeamsFixtures.Load(Personal).BodyWith(host.Channel.ServiceUrl, Says("bonjour"))), leaving.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        gate.SetResult();

        var posted = await host.Channel.WaitForRequestsAsync(1, TimeSpan.FromSeconds(30), Ct);
        Assert.Equal("still here", Assert.Single(posted).Activity!.Text);
    }

    [Fact]
    public async Task SameActivityTwice_ProcessedOnce()
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        var body = TeamsFixtures.Load(Personal).BodyWith(host.Channel.ServiceUrl, Says("aide"));

        using var first = await host.PostAsync(body, Ct);
        var afterFirst = host.Channel.PostedActivities.Count;
        using var second = await host.PostAsync(body, Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.True(afterFirst > 0);
        Assert.Equal(afterFirst, host.Channel.PostedActivities.Count);
        Assert.Equal(1, host.Services.GetRequiredService<BotKitMetrics>().Redeliveries);
    }

    [Fact]
    public async Task SameInvokeTwice_SecondGetsTheSameAnswerAndChangesNothing()
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        await CreateProjectAsync(host);
        var save = TeamsFixtures.Load(Invoke).BodyWith(host.Channel.ServiceUrl, ExecuteSave("checklist.keysteps", KeySteps, [KeySteps[0]]));

        using var first = await host.PostAsync(save, Ct);
        using var second = await host.PostAsync(save, Ct);

        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
        Assert.Equal(1, host.Services.GetRequiredService<BotKitMetrics>().Redeliveries);
    }

    [Fact]
    public async Task InvokeResentWithANewId_TickAppliedOnce()
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        await CreateProjectAsync(host);

        using var first = await host.PostAsync(TeamsFixtures.Load(Invoke).BodyWith(host.Channel.ServiceUrl, NewId(ExecuteSave("checklist.keysteps", KeySteps, [KeySteps[0]]))), Ct);
        using var second = await host.PostAsync(TeamsFixtures.Load(Invoke).BodyWith(host.Channel.ServiceUrl, NewId(ExecuteSave("checklist.keysteps", KeySteps, [KeySteps[0]]))), Ct);

        var card = JsonDocument.Parse(await second.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("value").GetRawText();
        Assert.Contains("1/6", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurnFailsAfterTheInvokeAnswerWasSet_ChannelGetsAnErrorAnswer()
    {
        await using var host = await BotTestHost.StartAsync(
            s => s.AddKeyedSingleton<IActivityHandler>(Extensions.BotServiceExtensions.AdaptiveCardActionKey, new AnswerThenFailHandler()), Ct);

        using var response = await host.PostFixtureAsync(Invoke, Ct, a => a["locale"] = "fr-FR");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal(TurnErrorPolicy.Apology.French, body.GetProperty("value").GetProperty("message").GetString());
        Assert.Empty(host.Channel.PostedActivities);
    }

    [Fact]
    public async Task Reinstall_SameConversation_WelcomesAgain()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var add = await host.PostFixtureAsync(Install, Ct);
        using var remove = await host.PostFixtureAsync(Install, Ct, a => { a["action"] = "remove"; a["id"] = Guid.NewGuid().ToString(); });
        using var again = await host.PostFixtureAsync(Install, Ct, a => a["id"] = Guid.NewGuid().ToString());

        Assert.Equal(2, host.Channel.PostedActivities.Count);
    }

    [Fact]
    public async Task BotRemovedFromConversation_ThenAddedAgain_WelcomesAgain()
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        var bot = TeamsFixtures.Load("02-personal-conversationUpdate.json").Body.GetProperty("recipient").GetProperty("id").GetString()!;

        using var add = await host.PostFixtureAsync("02-personal-conversationUpdate.json", Ct);
        using var removed = await host.PostFixtureAsync("02-personal-conversationUpdate.json", Ct, a =>
        {
            a["id"] = Guid.NewGuid().ToString();
            a.Remove("membersAdded");
            a["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = bot });
        });
        using var again = await host.PostFixtureAsync("02-personal-conversationUpdate.json", Ct, a => a["id"] = Guid.NewGuid().ToString());

        Assert.Equal(2, host.Channel.PostedActivities.Count);
    }

    private static readonly string[] KeySteps = ["keystep.user-involvement", "keystep.clear-roles"];

    private static async Task CreateProjectAsync(BotTestHost host)
    {
        (await host.PostFixtureAsync(Personal, Ct, Says("étapes clés"))).Dispose();
        (await host.PostFixtureAsync(Personal, Ct, Says("Portail famille"))).Dispose();
        (await host.PostFixtureAsync(Personal, Ct, Says("commune"))).Dispose();
    }

    private static Action<JsonObject> NewId(Action<JsonObject> change) => a =>
    {
        change(a);
        a["id"] = Guid.NewGuid().ToString();
    };

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private sealed class GatedHandler(TaskCompletionSource started, TaskCompletionSource gate) : IActivityHandler
    {
        public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            started.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
            await turnContext.SendActivityAsync("still here", cancellationToken);
        }
    }

    private sealed class AnswerThenFailHandler : IActivityHandler
    {
        public Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            turnContext.SetInvokeResponse(InvokeResponses.Message("Enregistré."));
            throw new InvalidOperationException("failure after the answer was set");
        }
    }
}
