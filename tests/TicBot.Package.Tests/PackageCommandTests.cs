using System.Collections;
using System.IO.Compression;
using TicBot.TestSupport.Package;

namespace TicBot.Package.Tests;

/// <summary>The documented command, run in-process with its arguments and environment.</summary>
public sealed class PackageCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ticbot-package-");
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    private string Zip => Path.Combine(_folder.FullName, "ticbot.zip");

    [Fact]
    public void Run_AllArguments_WritesThePackageAndSaysWhatItChecked()
    {
        var code = Run([.. Arguments(), "--schema", SamplePackage.SchemaFile()]);

        Assert.True(code == 0, _error.ToString());
        Assert.Equal(4, ZipFile.OpenRead(Zip).Entries.Count);
        Assert.Contains("TicBot 0.2.0 (manifest 1.19), bot " + SamplePackage.BotAppId, _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("checked against " + SamplePackage.SchemaFile(), _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SettingsInTheEnvironment_UsedAsTheBotReadsThem()
    {
        var environment = new Hashtable
        {
            ["MicrosoftAppId"] = SamplePackage.BotAppId,
            ["Bot__PublicBaseUrl"] = "https://ticbot.saint-eloi.fr/bot",
            ["Package__DeveloperName"] = "Commune de Saint-Éloi",
            ["Package__WebsiteUrl"] = "https://www.saint-eloi.fr",
        };

        var code = Run(["--output", Zip, "--manifest", SamplePackage.ManifestFolder, "--schema", SamplePackage.SchemaFile()], environment);

        Assert.True(code == 0, _error.ToString());
        Assert.Contains("privacy https://ticbot.saint-eloi.fr/bot/privacy", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SchemaNotFound_RefusesAndSaysHowToGiveIt()
    {
        var code = Run([.. Arguments(), "--schema", Path.Combine(_folder.FullName, "absent.json")]);

        Assert.Equal(1, code);
        Assert.Contains("The official manifest schema was not found", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    [Fact]
    public void Run_NoSchema_BuildsAndSaysItDidNotCheck()
    {
        var code = Run([.. Arguments(), "--no-schema"]);

        Assert.Equal(0, code);
        Assert.Contains("NOT checked against the official schema", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WrongSetting_Exit1WithTheProblem()
    {
        var code = Run(["--bot-id", "x", .. Arguments()[2..], "--schema", SamplePackage.SchemaFile()]);

        Assert.Equal(1, code);
        Assert.Contains("--bot-id (MicrosoftAppId) must be", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--unknown")]
    [InlineData("--bot-id")]
    public void Run_UnknownOrIncompleteArgument_Exit2WithUsage(string argument)
    {
        Assert.Equal(2, Run([argument]));
        Assert.Contains("dotnet run --project tools/TicBot.Package", _error.ToString(), StringComparison.Ordinal);
    }

    private string[] Arguments() =>
    [
        "--bot-id", SamplePackage.BotAppId, "--public-base-url", SamplePackage.PublicBaseUrl, "--developer-name", "Commune de Saint-Éloi",
        "--website-url", "https://www.saint-eloi.fr", "--output", Zip, "--manifest", SamplePackage.ManifestFolder,
    ];

    private int Run(string[] args, IDictionary? environment = null) => PackageCommand.Run(args, environment ?? new Hashtable(), _output, _error);

    public void Dispose() => _folder.Delete(recursive: true);
}
