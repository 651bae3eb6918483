using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Schema;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Hosting;

/// <summary>Issue 17: answers that tell the truth (errors, expectReplies, automatic refreshes).</summary>
public sealed partial class CloudAdapterTests
{
    [Fact]
    public async Task ProcessAsync_InvokeThrowsAfterSettingItsAnswer_AnswersAnErrorBodyNotTheSuccess()
    {
        _bot = (turn, _) =>
        {
            turn.SetInvokeResponse(InvokeResponses.Message("Enregistré."));
            throw new InvalidOperationException("boom");
        };
        await StartAsync();

        using var response = await _host.PostAsync(Activity("invoke", """ "name":"adaptiveCard/action","locale":"en-US" """), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal(TurnErrorPolicy.Apology.English, body.GetProperty("value").GetProperty("message").GetString());
        Assert.Empty(_channel.PostedActivities);
    }

    [Fact]
    public async Task ProcessAsync_MessageFailsAndApologyCannotBeSent_Answers500()
    {
        _bot = (_, _) => throw new InvalidOperationException("boom");
        _channel.Enqueue(ScriptedResponse.Error(403, "Forbidden"));
        await StartAsync();

        using var response = await _host.PostAsync(Activity("message", """ "id":"m-1","text":"hi" """), Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(1, _host.Services.GetRequiredService<BotKitMetrics>().UnhandledTurns);
    }

    [Fact]
    public async Task ProcessAsync_InvokeWithExpectReplies_ReturnsTheRepliesAsTheSdkDoes()
    {
        _bot = async (turn, ct) =>
        {
            turn.SetInvokeResponse(InvokeResponses.Message("ok"));
            await turn.SendActivityAsync("one", ct);
        };
        await StartAsync();

        using var response = await _host.PostAsync(Activity("invoke", """ "name":"adaptiveCard/action","deliveryMode":"expectReplies" """), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("one", Assert.Single(body.GetProperty("activities").EnumerateArray()).GetProperty("text").GetString());
        Assert.Empty(_channel.PostedActivities);
    }

    [Fact]
    public async Task ProcessAsync_AutomaticRefreshSendsAMessage_NothingIsPosted()
    {
        _bot = async (turn, ct) =>
        {
            await turn.SendActivityAsync("should not appear", ct);
            turn.SetInvokeResponse(InvokeResponses.Message("card"));
        };
        await StartAsync();

        using var response = await _host.PostAsync(Activity("invoke", """ "name":"adaptiveCard/action","value":{"trigger":"automatic","action":{"type":"Action.Execute","verb":"refresh"}} """), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_channel.PostedActivities);
    }
}
