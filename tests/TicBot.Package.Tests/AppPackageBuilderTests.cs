using System.IO.Compression;
using System.Text.Json.Nodes;
using TicBot.TestSupport.Package;

namespace TicBot.Package.Tests;

public sealed class AppPackageBuilderTests
{
    [Fact]
    public void Build_RepositorySources_ZipHoldsTheFilledManifestIconsAndEnglishAtTheRoot()
    {
        var sut = SamplePackage.Build();

        using var zip = new ZipArchive(new MemoryStream(sut.Zip));
        Assert.Equal(["color.png", "en-us.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
        Assert.Equal(SamplePackage.BotAppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("https://ticbot.saint-eloi.fr/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://ticbot.saint-eloi.fr/terms", manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        Assert.Equal("Commune de Saint-Éloi", manifest["developer"]!["name"]!.GetValue<string>());
        Assert.Equal("https://www.saint-eloi.fr/numerique", manifest["developer"]!["websiteUrl"]!.GetValue<string>());
        Assert.Equal(SamplePackage.SchemaFile(), sut.SchemaFile);
        Assert.Equal(File.ReadAllBytes(Path.Combine(SamplePackage.ManifestFolder, "color.png")), ReadAll(zip.GetEntry("color.png")!));
    }

    [Theory]
    [InlineData("https://www.saint-eloi.fr/ticbot/", "https://www.saint-eloi.fr/ticbot/privacy")]
    [InlineData("https://ticbot.saint-eloi.fr", "https://ticbot.saint-eloi.fr/privacy")]
    public void Build_PublicBaseUrlWithPathOrSlash_PrivacyUrlUnderIt(string baseUrl, string privacyUrl)
    {
        var sut = SamplePackage.Build(publicBaseUrl: baseUrl);

        Assert.Equal(privacyUrl, sut.Manifest["developer"]!["privacyUrl"]!.GetValue<string>());
    }

    [Fact]
    public void Build_SameSourcesAndSettings_SameBytes()
        => Assert.Equal(SamplePackage.Build().Zip, SamplePackage.Build().Zip);

    [Theory]
    [InlineData("not-a-guid", SamplePackage.PublicBaseUrl, "Saint-Éloi", "https://www.saint-eloi.fr", "--bot-id (MicrosoftAppId)")]
    [InlineData("00000000-0000-0000-0000-000000000000", SamplePackage.PublicBaseUrl, "Saint-Éloi", "https://www.saint-eloi.fr", "--bot-id (MicrosoftAppId)")]
    [InlineData(SamplePackage.BotAppId, "http://ticbot.saint-eloi.fr", "Saint-Éloi", "https://www.saint-eloi.fr", "--public-base-url (Bot:PublicBaseUrl)")]
    [InlineData(SamplePackage.BotAppId, "https://localhost:3978", "Saint-Éloi", "https://www.saint-eloi.fr", "--public-base-url (Bot:PublicBaseUrl)")]
    [InlineData(SamplePackage.BotAppId, "https://ticbot.saint-eloi.fr/?a=b", "Saint-Éloi", "https://www.saint-eloi.fr", "--public-base-url (Bot:PublicBaseUrl)")]
    [InlineData(SamplePackage.BotAppId, SamplePackage.PublicBaseUrl, "", "https://www.saint-eloi.fr", "--developer-name (Package:DeveloperName)")]
    [InlineData(SamplePackage.BotAppId, SamplePackage.PublicBaseUrl, "Syndicat intercommunal informatique", "https://www.saint-eloi.fr", "--developer-name (Package:DeveloperName)")]
    [InlineData(SamplePackage.BotAppId, SamplePackage.PublicBaseUrl, "Saint-Éloi", null, "--website-url (Package:WebsiteUrl)")]
    [InlineData(SamplePackage.BotAppId, SamplePackage.PublicBaseUrl, "Saint-Éloi", "https://www.example.fr/ticbot", "example or local address")]
    [InlineData(SamplePackage.BotAppId, "https://ticbot.example.com", "Saint-Éloi", "https://www.saint-eloi.fr", "example or local address")]
    public void Build_WrongOrStandInSetting_RefusedNamingIt(string botId, string baseUrl, string developer, string? website, string expected)
    {
        var request = SamplePackage.Request() with { BotAppId = botId, PublicBaseUrl = baseUrl, DeveloperName = developer, WebsiteUrl = website };

        var ex = Assert.Throws<PackageRefusedException>(() => AppPackageBuilder.Build(request));

        Assert.Contains(ex.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_PlaceholderLeftInTheSources_RefusedWithItsPath()
    {
        using var sources = new SourceCopy();
        sources.Change("manifest.json", m => m["description"]!["short"] = "TicBot pour {{Package:Collectivite}}");

        var ex = Assert.Throws<PackageRefusedException>(() => AppPackageBuilder.Build(SamplePackage.Request(sources.Folder)));

        Assert.Equal(["manifest.json: a placeholder is left in at $.description.short: 'TicBot pour {{Package:Collectivite}}'."], ex.Problems);
    }

    [Fact]
    public void Build_FrenchCommandTooLongForTeams_RefusedByTheOfficialSchema()
    {
        using var sources = new SourceCopy();
        sources.Change("manifest.json", m => m["bots"]![0]!["commandLists"]![0]!["commands"]![0]!["title"] = new string('m', 33));

        var ex = Assert.Throws<PackageRefusedException>(() => AppPackageBuilder.Build(SamplePackage.Request(sources.Folder)));

        var problem = Assert.Single(ex.Problems);
        Assert.StartsWith("manifest.json: /bots/0/commandLists/0/commands/0/title ", problem, StringComparison.Ordinal);
        Assert.Contains("maxLength", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EnglishDescriptionTooLongForTeams_RefusedByTheOfficialSchema()
    {
        using var sources = new SourceCopy();
        sources.Change("en-us.json", l => l["description.short"] = new string('d', 81));

        var ex = Assert.Throws<PackageRefusedException>(() => AppPackageBuilder.Build(SamplePackage.Request(sources.Folder)));

        Assert.StartsWith("en-us.json: /description/short ", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CommandAddedWithoutItsEnglish_RefusedNamingTheKeys()
    {
        using var sources = new SourceCopy();
        var commands = new JsonArray();
        sources.Change("manifest.json", m =>
        {
            commands = m["bots"]![0]!["commandLists"]![1]!["commands"]!.AsArray();
            commands.Add(new JsonObject { ["title"] = "nouveau projet", ["description"] = "Créer un autre projet" });
        });
        var index = commands.Count - 1;

        var ex = Assert.Throws<PackageRefusedException>(() => AppPackageBuilder.Build(SamplePackage.Request(sources.Folder)));

        Assert.Equal([$"en-us.json does not translate 'bots[0].commandLists[1].commands[{index}].title'.", $"en-us.json does not translate 'bots[0].commandLists[1].commands[{index}].description'."], ex.Problems);
    }

    [Fact]
    public void Build_EnglishKeyNamingNothing_Refused()
    {
        using var sources = new SourceCopy();
        sources.Change("en-us.json", l => l["bots[0].commandLists[2].commands[0].title"] = "projects");

        var ex = Assert.Throws<PackageRefusedException>(() => AppPackageBuilder.Build(SamplePackage.Request(sources.Folder)));

        Assert.Equal(["en-us.json: 'bots[0].commandLists[2].commands[0].title' names no text of the manifest."], ex.Problems);
    }

    [Fact]
    public void Build_OutlineIconOfTheWrongSize_Refused()
    {
        using var sources = new SourceCopy();
        File.Copy(Path.Combine(sources.Folder, "color.png"), Path.Combine(sources.Folder, "outline.png"), overwrite: true);

        var ex = Assert.Throws<PackageRefusedException>(() => AppPackageBuilder.Build(SamplePackage.Request(sources.Folder)));

        Assert.Contains("outline.png is 192×192; Teams wants 32×32.", ex.Problems);
    }

    [Fact]
    public void SchemaCheck_ManifestOfAnotherVersion_Refused()
    {
        // The check is real: the 1.29 schema wants manifestVersion 1.29 and refuses the 1.19 manifest.
        var request = SamplePackage.Request() with { SchemaFile = SamplePackage.SchemaFile("1.29") };

        var ex = Assert.Throws<PackageRefusedException>(() => AppPackageBuilder.Build(request));

        Assert.Contains(ex.Problems, p => p.StartsWith("manifest.json: /manifestVersion ", StringComparison.Ordinal));
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
