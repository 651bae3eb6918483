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

public sealed partial class CloudAdapterTests : IAsyncLifetime
{
    private readonly List<Activity> _turns = [];
    private FakeChannel _channel = null!;
    private BotKitTestHost _host = null!;
    private BotCallbackHandler _bot = (_, _) => Task.CompletedTask;
    private Action<IServiceCollection>? _configure;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _channel = await FakeChannel.StartAsync(cancellationToken: Ct);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task ProcessAsync_Message_Answers200EmptyAndRepliesThroughConnector()
    {
        _bot = (turn, ct) => turn.SendActivityAsync("pong", ct);
        await StartAsync();

        using var response = await _host.PostAsync(Activity("message", """ "id":"in-1","text":"ping" """), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync(Ct));
        var posted = Assert.Single(_channel.PostedActivities);
        Assert.Equal("/_connector/v3/conversations/conv%3Bmessageid%3D1/activities/in-1", posted.RawTarget);
        var reply = posted.Activity!;
        Assert.Equal(("in-1", "pong", "28:bot", "29:user"), (reply.ReplyToId, reply.Text, reply.From?.Id, reply.Recipient?.Id));
        Assert.Equal("conv;messageid=1", reply.Conversation?.Id);
        Assert.Null(reply.Id);
    }

    [Fact]
    public async Task ProcessAsync_ExpectReplies_ReturnsActivitiesInBodyAndPostsNothing()
    {
        _bot = async (turn, ct) =>
        {
            await turn.SendActivityAsync("one", ct);
            await turn.SendActivityAsync("two", ct);
        };
        await StartAsync();

        using var response = await _host.PostAsync(Activity("message", """ "id":"in-1","text":"ping","deliveryMode":"expectReplies" """), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(Ct), BotKitJsonContext.Default.ExpectedReplies)!;
        Assert.Equal(["one", "two"], body.Activities.Select(a => a.Text));
        Assert.Empty(_channel.Requests);
    }

    [Fact]
    public async Task ProcessAsync_InvokeWithResponse_AnswersTheInvokeResponse()
    {
        _bot = (turn, _) =>
        {
            turn.SetInvokeResponse(new InvokeResponse { Status = 200, Body = JsonDocument.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"ok"}""").RootElement });
            return Task.CompletedTask;
        };
        await StartAsync();

        using var response = await _host.PostAsync(Activity("invoke", """ "name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"go"}} """), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("ok", body.GetProperty("value").GetString());
    }

    [Fact]
    public async Task ProcessAsync_InvokeResponseSentAsActivity_AnswersIt()
    {
        _bot = (turn, ct) => turn.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.InvokeResponse,
            Value = JsonDocument.Parse("""{"status":202,"body":{"done":true}}""").RootElement,
        }, ct);
        await StartAsync();

        using var response = await _host.PostAsync(Activity("invoke", """ "name":"task/fetch" """), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("""{"done":true}""", await response.Content.ReadAsStringAsync(Ct));
        Assert.Empty(_channel.Requests);
    }

    [Fact]
    public async Task ProcessAsync_InvokeTheBotDoesNotHandle_Answers501()
    {
        await StartAsync();

        using var response = await _host.PostAsync(Activity("invoke", """ "name":"composeExtension/query" """), Ct);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData(""" "name":"" """)]
    [InlineData(""" "name":null """)]
    public async Task ProcessAsync_InvokeWithoutName_Answers400(string fields)
    {
        await StartAsync();

        using var response = await _host.PostAsync(Activity("invoke", fields), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_turns);
    }

    [Fact]
    public async Task ProcessAsync_UnknownActivityType_Answers200WithoutRunningTheBotAndLogsAtDebug()
    {
        await StartAsync();

        using var response = await _host.PostAsync(Activity("somethingNew", string.Empty), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_turns);
        Assert.Contains(_host.Logs.Entries, e => e.Level == LogLevel.Debug && e.Template == "Ignored an activity of unknown type {ActivityType}");
    }

    [Fact]
    public async Task ProcessAsync_BotThrows_Answers200AndApologisesInFrench()
    {
        _bot = (_, _) => throw new InvalidOperationException("boom at line 42");
        await StartAsync();

        using var response = await _host.PostAsync(Activity("message", """ "id":"in-1","text":"ping","locale":"fr-FR" """), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = Assert.Single(_channel.PostedActivities).Activity!.Text!;
        Assert.Equal(TurnErrorPolicy.Apology.French, apology);
        Assert.DoesNotContain("boom", apology, StringComparison.Ordinal);
        var logged = Assert.Single(_host.Logs.Entries, e => e.Template == "Turn failed for {ConversationId}");
        Assert.Matches("^#[0-9a-f]{16}$", (string?)logged.Values["ConversationId"]);
    }

    [Fact]
    public async Task ProcessAsync_GroupMessageMentioningTheBot_BotSeesTextWithoutMention()
    {
        _bot = (turn, ct) => turn.SendActivityAsync($"[{turn.Activity.RemoveRecipientMention()}]", ct);
        await StartAsync();
        var fixture = TeamsFixtures.Load("14-group-message-with-mention.json");

        using var response = await _host.PostAsync(fixture.BodyWith(_channel.ServiceUrl), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[hello group]", Assert.Single(_channel.PostedActivities).Activity!.Text);
    }

    [Theory]
    [InlineData(AuthenticationStatus.Rejected, HttpStatusCode.Unauthorized)]
    [InlineData(AuthenticationStatus.Unavailable, HttpStatusCode.ServiceUnavailable)]
    public async Task ProcessAsync_AuthenticatorRefuses_AnswersItsStatusWithoutRunningTheBot(AuthenticationStatus status, HttpStatusCode expected)
    {
        _configure = s => s.AddSingleton<IRequestAuthenticator>(new FixedAuthenticator(new AuthenticationOutcome(status, null, "test")));
        await StartAsync();

        using var response = await _host.PostAsync(Activity("message", """ "text":"hi" """), Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_turns);
    }

    [Fact]
    public async Task ProcessAsync_AuthenticatorThrows_Answers401()
    {
        _configure = s => s.AddSingleton<IRequestAuthenticator>(new FixedAuthenticator(null));
        await StartAsync();

        using var response = await _host.PostAsync(Activity("message", """ "text":"hi" """), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_turns);
    }

    [Fact]
    public async Task ProcessAsync_AuthorizationHeader_ReachesTheAuthenticator()
    {
        var authenticator = new FixedAuthenticator(AuthenticationOutcome.Anonymous);
        _configure = s => s.AddSingleton<IRequestAuthenticator>(authenticator);
        await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(Activity("message", string.Empty), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", "token-value");

        using var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer token-value", authenticator.LastHeader);
    }

    private async Task StartAsync()
    {
        var bot = _bot;
        _host = await BotKitTestHost.StartAsync(
            (turn, ct) =>
            {
                lock (_turns)
                {
                    _turns.Add(turn.Activity);
                }

                return bot(turn, ct);
            },
            _configure,
            Ct);
    }

    /// <summary>An activity addressed from the fake channel, with extra raw JSON fields.</summary>
    internal static string Activity(string type, string fields, string serviceUrl)
    {
        var json = $$"""
            {"type":"{{type}}","channelId":"msteams","serviceUrl":"{{serviceUrl}}",
             "from":{"id":"29:user","name":"Alex"},"recipient":{"id":"28:bot","name":"TicBot"},
             "conversation":{"id":"conv;messageid=1","tenantId":"t1"}{{(string.IsNullOrWhiteSpace(fields) ? string.Empty : "," + fields)}}}
            """;
        return JsonNode.Parse(json)!.ToJsonString();
    }

    private string Activity(string type, string fields) => Activity(type, fields, _channel.ServiceUrl);

    private sealed class FixedAuthenticator(AuthenticationOutcome? outcome) : IRequestAuthenticator
    {
        public string? LastHeader { get; private set; }

        public Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
        {
            LastHeader = authorizationHeader;
            return outcome is null ? throw new InvalidOperationException("authenticator bug") : Task.FromResult(outcome);
        }
    }
}
