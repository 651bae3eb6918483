using System.Net;
using System.Text;
using System.Text.Json;
using TicBot.BotKit.Schema;
using TicBot.TestSupport;
using static TicBot.Bot.Tests.Checklists.TeamsPayloads;

namespace TicBot.Bot.Tests.Hosting;

/// <summary>
/// The bot in a minimal container: no ICU (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT</c>) and no time-zone database
/// (<c>TZDIR</c> names an empty folder), run as its own process and spoken to over loopback HTTP.
/// </summary>
public sealed class MinimalContainerTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ticbot-container-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Summary_NoIcuNoTimeZoneDatabase_StartsAndAnswers()
    {
        var noZones = _folder.CreateSubdirectory("zoneinfo");
        await using var bot = await BotProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "true",
                ["TZDIR"] = noZones.FullName,
                ["Storage__Provider"] = "File",
                ["Storage__File__Path"] = _folder.CreateSubdirectory("data").FullName,
            },
            TimeSpan.FromMinutes(2),
            Ct);

        var asks = await SayAsync(bot, "résumé");
        await SayAsync(bot, "Portail famille");
        await SayAsync(bot, "commune");
        var summary = await SayAsync(bot, "résumé");

        Assert.Contains(asks, a => a.Text?.Contains("quel est le nom de votre projet", StringComparison.Ordinal) == true);
        var card = Assert.Single(summary);
        Assert.Equal("Synthèse du projet «\u00A0Portail famille\u00A0»", CardReading.Heading(card));
        // Written by the methodology's formatter: U+202F before the percent sign, with no culture data at all.
        Assert.Contains("0/6 (0\u202F%)", Texts(card.Attachments![0].Content!.Value));
        Assert.DoesNotContain("fail:", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", bot.Output, StringComparison.Ordinal);
    }

    /// <summary>A personal-chat message, answered in the HTTP response (<c>expectReplies</c>).</summary>
    private static async Task<IReadOnlyList<Activity>> SayAsync(BotProcess bot, string text)
    {
        var body = TeamsFixtures.Load("03-personal-message-hello.json").BodyWith("http://127.0.0.1:9/", a =>
        {
            Says(text)(a);
            a["deliveryMode"] = "expectReplies";
        });
        using var response = await bot.Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"'{text}' answered {(int)response.StatusCode}. The bot's output:\n{bot.Output}");
        var replies = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(Ct), BotKitJsonContext.Default.ExpectedReplies)!;
        return [.. replies.Activities];
    }

    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Texts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        _ => [],
    };

    public void Dispose() => _folder.Delete(recursive: true);
}
