using System.Buffers.Binary;
using System.Net;
using TicBot.Bot.Legal;
using TicBot.Dialogs.Menu;
using TicBot.Package;
using TicBot.TestSupport.Package;
using static TicBot.Bot.Tests.Manifest.ManifestCommands;

namespace TicBot.Bot.Tests.Manifest;

/// <summary>
/// The Teams app package sources say what the bot does, no more: the package built from them passes the official
/// schema (in French and in English), lists per scope only commands the bot understands there, and points to pages the
/// bot serves.
/// </summary>
public sealed class TeamsManifestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Package_BuiltFromTheSources_PassesTheOfficialSchemaInBothLanguages()
    {
        var package = SamplePackage.Build();

        Assert.Equal(SamplePackage.SchemaFile("1.19"), package.SchemaFile);
        Assert.Equal("1.19", package.Manifest["manifestVersion"]!.GetValue<string>());
        Assert.Matches(@"^\d+\.\d+\.\d+$", package.Manifest["version"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_Bot_OneListForPrivateChatsAndOneForSharedPlaces()
    {
        var bot = ManifestJson()["bots"]![0]!;
        var lists = bot["commandLists"]!.AsArray().Select(l => l!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).ToList()).ToList();

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal([["personal"], [.. SharedScopes]], lists);
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());
    }

    [Fact]
    public void Manifest_Commands_AreWordsTheRecognizerUnderstandsInBothLanguages()
    {
        Assert.All(All(), c => Assert.NotEqual(MenuCommand.Unknown, MenuIntentRecognizer.Recognize(c.Title).Command));
    }

    [Fact]
    public void Manifest_PersonalDataCommands_OnlyInPrivateChats()
    {
        // « mes données » and its erasure answer only in a private chat: shared places must not offer them.
        var personalData = All().Where(c => MenuIntentRecognizer.Recognize(c.Title).Command is MenuCommand.MyData or MenuCommand.EraseMyData).ToList();

        Assert.Contains(personalData, c => c.Title == "mes données");
        Assert.Contains(personalData, c => c.Title == "delete my data");
        Assert.All(personalData, c => Assert.Equal("personal", c.Scope));
    }

    [Fact]
    public async Task Package_PrivacyAndTermsUrls_AreThePagesTheBotServes()
    {
        var developer = SamplePackage.Build(publicBaseUrl: "https://www.saint-eloi.fr/ticbot").Manifest["developer"]!;
        await using var host = await BotTestHost.StartAsync(Ct);

        foreach (var (key, path) in new[] { ("privacyUrl", LegalPagesExtensions.PrivacyPath), ("termsOfUseUrl", LegalPagesExtensions.TermsPath) })
        {
            Assert.Equal("https://www.saint-eloi.fr/ticbot" + path, developer[key]!.GetValue<string>());
            using var response = await host.Client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(LegalPagesExtensions.PrivacyPath, AppPackageBuilder.PrivacyPath);
        Assert.Equal(LegalPagesExtensions.TermsPath, AppPackageBuilder.TermsPath);
    }

    [Fact]
    public void Manifest_FrenchTexts_UseCurlyApostrophes()
    {
        var text = File.ReadAllText(Path.Combine(SamplePackage.ManifestFolder, "manifest.json"));

        Assert.DoesNotContain('\'', text);
    }

    [Theory]
    [InlineData("color.png", 192, 192)]
    [InlineData("outline.png", 32, 32)]
    public void Icons_HaveTheSizesTeamsRequires(string file, int width, int height)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SamplePackage.ManifestFolder, file));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}
