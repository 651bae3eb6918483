using TicBot.TestSupport.Deploy;

namespace TicBot.Deploy.Tests;

/// <summary>
/// The Dockerfile builds with the SDK and ships the runtime image only, as a non-root user, without ICU. Running what
/// it publishes is <c>TicBot.Bot.Tests.Hosting.PublishedBotTests</c> (no Docker engine runs here).
/// </summary>
public sealed class DockerfileTests
{
    private readonly Dockerfile _sut = Dockerfile.Load();

    [Fact]
    public void Dockerfile_Stages_SdkBuildsRuntimeImageRuns()
    {
        Assert.True(_sut.Stages.Count >= 2, "The Dockerfile must be multi-stage.");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", _sut.Build.Image, StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", _sut.Runtime.Image, StringComparison.Ordinal);
        Assert.DoesNotContain(_sut.Runtime.Instructions, i => i.Keyword == "RUN");
        Assert.Equal(["dotnet", "publish", "bot/TicBot.Bot.csproj", "-c", "Release"], _sut.Build.PublishCommand.Take(5));
    }

    [Fact]
    public void Dockerfile_Runtime_NonRootInvariantGlobalizationOnPort8080()
    {
        var user = _sut.Runtime.Last("USER");

        Assert.NotNull(user);
        Assert.DoesNotContain(user, new[] { "0", "root" });
        Assert.Equal("true", _sut.Runtime.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"]);
        Assert.Equal("8080", _sut.Runtime.Environment["ASPNETCORE_HTTP_PORTS"]);
        Assert.Equal("""["dotnet", "TicBot.Bot.dll"]""", _sut.Runtime.Last("ENTRYPOINT"));
    }

    [Fact]
    public void Parse_ContinuationLinesAndComments_OneInstructionEach()
    {
        var sut = Dockerfile.Parse("FROM a AS b\n# note\nRUN x \\\n    dotnet publish p -o /o\nFROM c\nENV A=1 \\\n    B=2\nUSER 1654\n");

        Assert.Equal(["a", "c"], sut.Stages.Select(s => s.Image));
        Assert.Equal(["dotnet", "publish", "p", "-o", "/o"], sut.Stages[0].PublishCommand);
        Assert.Equal(new Dictionary<string, string> { ["A"] = "1", ["B"] = "2" }, sut.Runtime.Environment);
    }
}
