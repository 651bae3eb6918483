using System.Buffers.Binary;
using System.Text.Json;
using TicBot.Dialogs.Menu;
using TicBot.TestSupport;

namespace TicBot.Bot.Tests.Manifest;

/// <summary>
/// The Teams app package sources follow the 1.19 manifest rules Teams enforces when the package is uploaded
/// (required fields, lengths, icon sizes, one bot with its scopes).
/// </summary>
public sealed class TeamsManifestTests
{
    private static readonly string ManifestFolder = Path.Combine(RepositoryRoot.Find(), "manifest");

    [Fact]
    public void Manifest_RequiredFields_ArePresentAndWithinLimits()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")));
        var root = manifest.RootElement;

        foreach (var field in new[] { "manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"manifest.json lacks '{field}'");
        }

        Assert.Equal("1.19", root.GetProperty("manifestVersion").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", root.GetProperty("version").GetString());
        Assert.True(Guid.TryParse(root.GetProperty("id").GetString(), out _));
        Assert.InRange(root.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(root.GetProperty("name").GetProperty("full").GetString()!.Length, 1, 100);
        Assert.InRange(root.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(root.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", root.GetProperty("accentColor").GetString());
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", root.GetProperty("developer").GetProperty(url).GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Manifest_Bot_HasOneBotWithEveryScopeAndShortCommands()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")));
        var bots = manifest.RootElement.GetProperty("bots");

        Assert.Equal(1, bots.GetArrayLength());
        var bot = bots[0];
        Assert.True(Guid.TryParse(bot.GetProperty("botId").GetString(), out _));
        var scopes = bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal(["personal", "team", "groupChat"], scopes);
        foreach (var command in bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray())
        {
            Assert.InRange(command.GetProperty("title").GetString()!.Length, 1, 32);
            Assert.InRange(command.GetProperty("description").GetString()!.Length, 1, 128);
        }
    }

    [Fact]
    public void Manifest_EnglishLocalization_TranslatesEveryCommand()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")));
        using var english = JsonDocument.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "en-us.json")));
        var commands = manifest.RootElement.GetProperty("bots")[0].GetProperty("commandLists")[0].GetProperty("commands").GetArrayLength();

        for (var i = 0; i < commands; i++)
        {
            Assert.True(english.RootElement.TryGetProperty($"bots[0].commandLists[0].commands[{i}].description", out _));
        }

        Assert.True(english.RootElement.GetProperty("name.short").GetString()!.Length <= 30);
    }

    [Fact]
    public void Manifest_Commands_AreWordsTheBotUnderstandsInBothLanguages()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")));
        using var english = JsonDocument.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "en-us.json")));
        var commands = manifest.RootElement.GetProperty("bots")[0].GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray().ToList();

        for (var i = 0; i < commands.Count; i++)
        {
            foreach (var title in new[] { commands[i].GetProperty("title").GetString()!, english.RootElement.GetProperty($"bots[0].commandLists[0].commands[{i}].title").GetString()! })
            {
                Assert.NotEqual(MenuCommand.Unknown, MenuIntentRecognizer.Recognize(title).Command);
            }
        }
    }

    [Fact]
    public void Manifest_FrenchTexts_UseCurlyApostrophes()
    {
        var text = File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json"));

        Assert.DoesNotContain('\'', text);
    }

    [Theory]
    [InlineData("color.png", 192, 192)]
    [InlineData("outline.png", 32, 32)]
    public void Icons_HaveTheSizesTeamsRequires(string file, int width, int height)
    {
        var bytes = File.ReadAllBytes(Path.Combine(ManifestFolder, file));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    [Fact]
    public void OutlineIcon_IsTransparentWhiteArtwork()
    {
        var bytes = File.ReadAllBytes(Path.Combine(ManifestFolder, "outline.png"));

        // Colour type 6 is RGBA: Teams wants a transparent background for the outline icon.
        Assert.Equal(6, bytes[25]);
    }
}
