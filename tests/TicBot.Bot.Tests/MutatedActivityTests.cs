using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TicBot.TestSupport;
using TicBot.TestSupport.Logging;

namespace TicBot.Bot.Tests;

/// <summary>
/// Issue 17: thousands of recorded Teams activities, mutated at random with a fixed seed, through the real bot. Bad
/// input stays outside the turn: no 5xx (501, the SDK's answer to an invoke nobody handles, excepted), every request
/// answered, and no exception nor error in the log.
/// </summary>
public sealed class MutatedActivityTests
{
    private const int Seed = 20261202;
    private const int Mutations = 2500;

    private static readonly string[] TopFields =
        ["type", "id", "serviceUrl", "channelId", "from", "recipient", "conversation", "text", "value", "name", "action",
         "locale", "entities", "attachments", "membersAdded", "membersRemoved", "channelData", "replyToId", "deliveryMode", "timestamp"];

    private static readonly string[] Types = ["message", "invoke", "conversationUpdate", "installationUpdate", "typing", "event", "messageReaction", "somethingNew"];

    private static readonly string[] HostileUrls =
        ["../../etc/passwd", "javascript:alert(1)", "ftp://example.org/", "http://192.0.2.10/", "https://smba.trafficmanager.net/emea/", "", " ", "http://127.0.0.1:1/?x=1", "file:///etc/passwd"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostAsync_ThousandsOfMutatedRecordedActivities_NeverA5xxNorALoggedException()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = await BotTestHost.StartAsync(s => s.AddSingleton<ILoggerProvider>(logs), Ct);
        var random = new Random(Seed);
        var bodies = TeamsFixtures.InboundNames.Select(n => TeamsFixtures.Load(n).BodyWith(host.Channel.ServiceUrl)).ToArray();
        var failures = new List<string>();

        for (var i = 0; i < Mutations; i++)
        {
            var activity = JsonNode.Parse(bodies[random.Next(bodies.Length)])!.AsObject();
            var applied = Mutate(activity, random, host.Channel.ServiceUrl);
            using var response = await host.PostAsync(activity.ToJsonString(), Ct);
            var status = (int)response.StatusCode;
            if (status >= 500 && status != 501)
            {
                failures.Add($"#{i} {status} after {applied}");
            }
        }

        var logged = logs.Entries.Where(e => e.Exception is not null || e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message} {e.Exception?.GetType().Name}").Distinct().ToList();
        // The log is really recorded: local mode says so once.
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("local mode", StringComparison.Ordinal));
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        Assert.True(logged.Count == 0, string.Join('\n', logged.Take(20)));
    }

    /// <summary>One to three changes: a field removed, a value of the wrong type, a hostile address, an odd id or type.</summary>
    private static string Mutate(JsonObject activity, Random random, string serviceUrl)
    {
        var applied = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var field = TopFields[random.Next(TopFields.Length)];
            switch (random.Next(8))
            {
                case 0:
                    activity.Remove(field);
                    applied.Add($"-{field}");
                    break;
                case 1:
                    activity[field] = WrongValue(random);
                    applied.Add($"{field}=wrong");
                    break;
                case 2:
                    activity["serviceUrl"] = HostileUrls[random.Next(HostileUrls.Length)];
                    applied.Add("serviceUrl=hostile");
                    break;
                case 3:
                    activity["type"] = Types[random.Next(Types.Length)];
                    applied.Add($"type={activity["type"]}");
                    break;
                case 4:
                    MutateAccount(activity, random, applied);
                    break;
                case 5:
                    activity["id"] = random.Next(3) == 0 ? "" : new string('x', random.Next(1, 600));
                    applied.Add("id=odd");
                    break;
                case 6:
                    activity["text"] = random.Next(2) == 0 ? "<at>" + new string('é', random.Next(0, 50)) + "</at>\n\u0000 aide" : "<at></at>";
                    applied.Add("text=odd");
                    break;
                default:
                    activity["serviceUrl"] = serviceUrl;
                    activity["value"] = random.Next(2) == 0 ? new JsonObject { ["action"] = WrongValue(random) } : new JsonObject { ["trigger"] = "automatic" };
                    applied.Add("value=odd");
                    break;
            }
        }

        return string.Join(' ', applied);
    }

    private static void MutateAccount(JsonObject activity, Random random, List<string> applied)
    {
        var name = new[] { "from", "recipient", "conversation" }[random.Next(3)];
        if (activity[name] is not JsonObject account)
        {
            activity[name] = WrongValue(random);
            applied.Add($"{name}=wrong");
            return;
        }

        account["id"] = random.Next(4) switch
        {
            0 => null,
            1 => "",
            2 => "../" + new string('/', random.Next(1, 30)),
            _ => WrongValue(random),
        };
        applied.Add($"{name}.id=odd");
    }

    private static JsonNode? WrongValue(Random random) => random.Next(6) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next()),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => new JsonArray(JsonValue.Create(1), null),
        4 => new JsonObject { ["unexpected"] = new JsonArray() },
        _ => JsonValue.Create(new string('z', random.Next(0, 40))),
    };
}
