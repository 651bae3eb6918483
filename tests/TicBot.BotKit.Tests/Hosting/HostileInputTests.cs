using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Builder;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Hosting;

/// <summary>Hostile bodies through the real endpoint: never a 5xx (except the documented 501 for an unhandled invoke), and the host keeps serving.</summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private const string ServiceUrlPlaceholder = "{{serviceUrl}}";

    private FakeChannel _channel = null!;
    private BotKitTestHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, int[]> Cases()
    {
        var data = new TheoryData<string, string, int[]>();
        int[] bad = [400];
        int[] badOrTooLarge = [400, 413];
        int[] accepted = [200];
        int[] either = [200, 400];

        foreach (var name in TeamsFixtures.InboundNames)
        {
            var body = TeamsFixtures.Load(name).BodyText;
            data.Add($"truncated half {name}", body[..(body.Length / 2)], bad);
            data.Add($"truncated last byte {name}", body[..^1], bad);
        }

        data.Add("10k nested arrays", "{\"type\":\"message\",\"value\":" + new string('[', 10_000) + new string(']', 10_000) + "}", bad);
        data.Add("10k nested objects", string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000), bad);
        data.Add("50k unclosed arrays", new string('[', 50_000), bad);
        data.Add("huge string over limit", "{\"type\":\"message\",\"text\":\"" + new string('x', 300_000) + "\"}", badOrTooLarge);
        data.Add("large string under limit", Valid("message", "\"text\":\"" + new string('é', 60_000) + "\""), accepted);
        data.Add("huge key", Valid("message", "\"" + new string('k', 200_000) + "\":1"), accepted);
        data.Add("many entities", Valid("message", "\"entities\":[" + string.Join(',', Enumerable.Repeat("{\"type\":\"mention\"}", 10_000)) + "]"), accepted);
        data.Add("array at top level", "[{\"type\":\"message\"}]", bad);
        data.Add("empty array at top level", "[]", bad);
        data.Add("number overflow", "{\"type\":\"message\",\"conversation\":{\"isGroup\":1e400}}", bad);
        data.Add("duplicate type", "{\"type\":\"message\",\"type\":\"invoke\"}", either);
        data.Add("nul and control characters", Valid("message", "\"text\":\"\\u0000\\u0001\\u001f<at>\\u0000</at>\""), accepted);
        data.Add("nulls everywhere", """{"type":"message","id":null,"text":null,"from":null,"recipient":null,"conversation":null,"serviceUrl":null,"entities":[null],"attachments":[null],"membersAdded":[null],"channelData":null,"value":null}""", bad);
        data.Add("null members", Valid("conversationUpdate", """ "membersAdded":[null,{"id":null}],"membersRemoved":[null],"entities":[null],"attachments":[null] """), accepted);
        data.Add("conversationUpdate with null recipient id", """{"type":"conversationUpdate","membersAdded":[null,{"id":null}],"recipient":{"id":null}}""", bad);
        data.Add("mention entity of wrong shape", Valid("message", """ "text":"<at>x</at> hi","entities":[{"type":"mention","mentioned":"28:bot","text":5},{"type":"mention","mentioned":{"id":7}}] """), accepted);
        data.Add("hostile service URL", """{"type":"message","text":"hi","serviceUrl":"javascript:alert(1)","channelId":"msteams","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"}}""", bad);
        data.Add("service URL with query", """{"type":"message","text":"hi","serviceUrl":"http://127.0.0.1:1/?x=1","channelId":"msteams","conversation":{"id":"../../etc"},"from":{"id":"u"},"recipient":{"id":"b"}}""", bad);
        data.Add("relative service URL", Valid("message", "").Replace(ServiceUrlPlaceholder, "../../etc/passwd", StringComparison.Ordinal), bad);
        data.Add("invoke value not an object", Valid("invoke", """ "name":"adaptiveCard/action","value":"oops" """), [501]);
        data.Add("invoke without name", Valid("invoke", """ "value":{} """), bad);
        data.Add("trailing garbage", "{\"type\":\"message\"} trailing", bad);
        data.Add("comments", "{\"type\":\"message\" /* hi */}", bad);
        data.Add("single quotes", "{'type':'message'}", bad);
        data.Add("unknown type without anything", """{"type":"somethingNew","serviceUrl":"{{serviceUrl}}"}""", accepted);
        foreach (var missing in new[] { "channelId", "serviceUrl", "conversation", "from", "recipient" })
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(Valid("message", "\"text\":\"hi\""))!.AsObject();
            node.Remove(missing);
            data.Add($"message without {missing}", node.ToJsonString(), bad);
        }

        foreach (var (field, wrong) in WrongTypes())
        {
            data.Add($"wrong type for {field}", $"{{\"type\":\"message\",\"{field}\":{wrong}}}", bad);
        }

        return data;
    }

    public async ValueTask InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync(cancellationToken: Ct);
        _host = await BotKitTestHost.StartAsync(
            async (turn, ct) =>
            {
                turn.Activity.RemoveRecipientMention();
                _ = turn.Activity.GetUserLocale();
                _ = turn.Activity.GetUserTimeZone();
                await turn.SendActivityAsync("ok", ct);
            },
            null,
            Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ProcessAsync_HostileBody_NeverAnswers5xxAndKeepsServing(string description, string body, int[] expected)
    {
        using var response = await _host.PostAsync(body.Replace(ServiceUrlPlaceholder, _channel.ServiceUrl, StringComparison.Ordinal), Ct);

        // 501 is the documented answer to an invoke the bot does not handle, not a failure.
        Assert.True((int)response.StatusCode < 500 || response.StatusCode == HttpStatusCode.NotImplemented, $"{description}: {(int)response.StatusCode}");
        Assert.Contains((int)response.StatusCode, expected);
        using var after = await _host.PostAsync(Valid("typing", "").Replace(ServiceUrlPlaceholder, _channel.ServiceUrl, StringComparison.Ordinal), Ct);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Exception is not null || e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task ProcessAsync_InvalidUtf8_Answers400()
    {
        using var content = new ByteArrayContent([.. Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\""), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\"}")]);
        content.Headers.ContentType = new("application/json");

        using var response = await _host.Client.PostAsync("/api/messages", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A well-formed activity from the fake channel (whose address replaces the placeholder at run time), plus raw fields.</summary>
    private static string Valid(string type, string fields)
        => $$"""{"type":"{{type}}","channelId":"msteams","serviceUrl":"{{ServiceUrlPlaceholder}}","from":{"id":"29:user"},"recipient":{"id":"28:bot"},"conversation":{"id":"conv"}{{(string.IsNullOrWhiteSpace(fields) ? "" : "," + fields)}}}""";

    private static IEnumerable<(string Field, string Wrong)> WrongTypes()
    {
        string[] strings = ["id", "serviceUrl", "channelId", "locale", "text", "textFormat", "replyToId", "name", "action", "deliveryMode", "localTimezone", "summary", "inputHint", "callerId"];
        string[] objects = ["from", "recipient", "conversation", "suggestedActions", "relatesTo"];
        string[] arrays = ["attachments", "entities", "membersAdded", "membersRemoved"];
        string[] dates = ["timestamp", "localTimestamp"];
        foreach (var field in strings)
        {
            yield return (field, "42");
            yield return (field, "{}");
            yield return (field, "[]");
            yield return (field, "true");
        }

        foreach (var field in objects)
        {
            yield return (field, "\"x\"");
            yield return (field, "7");
            yield return (field, "[]");
        }

        foreach (var field in arrays)
        {
            yield return (field, "{}");
            yield return (field, "\"x\"");
            yield return (field, "[1]");
        }

        foreach (var field in dates)
        {
            yield return (field, "\"not a date\"");
            yield return (field, "12");
        }

        yield return ("from", """{"id":1}""");
        yield return ("conversation", """{"isGroup":"yes"}""");
        yield return ("conversation", """{"tenantId":[]}""");
        yield return ("attachments", """[{"contentType":3}]""");
        yield return ("entities", """[{"type":{}}]""");
        yield return ("suggestedActions", """{"actions":[{"title":false}]}""");
    }
}
