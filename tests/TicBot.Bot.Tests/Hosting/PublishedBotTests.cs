using System.Net;
using System.Text;
using System.Text.Json;
using TicBot.BotKit.Schema;
using TicBot.TestSupport;
using TicBot.TestSupport.Azurite;
using TicBot.TestSupport.Deploy;
using static TicBot.Bot.Tests.Checklists.TeamsPayloads;

namespace TicBot.Bot.Tests.Hosting;

/// <summary>
/// What the container image runs, without a Docker engine: the bot published with the Dockerfile's own publish
/// command, started from the published folder with the runtime stage's environment (no ICU, and no time-zone
/// database as in the chiseled image), answering its health probes, a message and its privacy page.
/// </summary>
public sealed class PublishedBotTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ticbot-published-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishedBot_RunAsTheImageRunsIt_AnswersProbesAMessageAndItsPages()
    {
        var dockerfile = Dockerfile.Load();
        var published = await PublishAsync(dockerfile.Build.PublishCommand);
        var environment = dockerfile.Runtime.Environment
            .Where(e => e.Key != "ASPNETCORE_HTTP_PORTS")
            .ToDictionary(e => e.Key, e => e.Value);
        environment["Storage__File__Path"] = _folder.CreateSubdirectory("data").FullName;
        environment["TZDIR"] = _folder.CreateSubdirectory("no-zoneinfo").FullName;

        await using var bot = await BotProcess.StartAsync(published, environment, TimeSpan.FromMinutes(2), Ct);

        Assert.Equal("true", environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"]);
        foreach (var path in new[] { "/healthz", "/readyz", "/privacy", "/terms" })
        {
            using var probe = await bot.Client.GetAsync(path, Ct);
            Assert.True(probe.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)probe.StatusCode}. The bot's output:\n{bot.Output}");
        }

        var replies = await SayAsync(bot, "synthèse");
        Assert.Contains(replies, a => a.Text?.Contains("quel est le nom de votre projet", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("fail:", bot.Output, StringComparison.Ordinal);
    }

    /// <summary>Runs the Dockerfile's <c>dotnet publish …</c> from the repository root, into a folder of this test.</summary>
    private async Task<string> PublishAsync(IReadOnlyList<string> command)
    {
        var output = _folder.CreateSubdirectory("app").FullName;
        var arguments = command.Skip(1).ToList();
        arguments[arguments.IndexOf("-o") + 1] = output;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

        var (exitCode, log) = await NodeTools.RunAsync(dotnet, [.. arguments, "-nologo", "-v:q"], RepositoryRoot.Find(), TimeSpan.FromMinutes(8), Ct);

        Assert.True(exitCode == 0, $"`dotnet {string.Join(' ', arguments)}` failed:\n{log}");
        Assert.True(File.Exists(Path.Combine(output, "TicBot.Bot.dll")), log);
        return output;
    }

    private static async Task<IReadOnlyList<Activity>> SayAsync(BotProcess bot, string text)
    {
        var body = TeamsFixtures.Load("03-personal-message-hello.json").BodyWith("http://127.0.0.1:9/", a =>
        {
            Says(text)(a);
            a["deliveryMode"] = "expectReplies";
        });
        using var response = await bot.Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"'{text}' answered {(int)response.StatusCode}. The bot's output:\n{bot.Output}");
        return [.. JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(Ct), BotKitJsonContext.Default.ExpectedReplies)!.Activities];
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
