using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Privacy;
using TicBot.Dialogs.Privacy;
using TicBot.Dialogs.Projects;
using TicBot.Dialogs.Tests.Conversation;

namespace TicBot.Dialogs.Tests.Privacy;

/// <summary>Stores outside the projects (conversation references…) take part in the export and the erasure.</summary>
public sealed class PersonalDataServiceTests
{
    private readonly ConversationHarness _harness = new();
    private readonly RecordingStore _references = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExportAsync_StoreRegistered_ExportsItsPartUnderItsName()
    {
        var export = JsonDocument.Parse(await CreateSut().ExportAsync("msteams", "user-1", Ct)).RootElement;

        Assert.Equal("msteams/user-1", export.GetProperty("conversationReferences").GetProperty("asked").GetString());
    }

    [Fact]
    public async Task EraseAsync_StoreRegistered_ErasesThePersonThere()
    {
        await CreateSut().EraseAsync("msteams", "user-1", Ct);

        Assert.Equal(["msteams/user-1"], _references.Erased);
    }

    private PersonalDataService CreateSut()
        => new(_harness.Storage, _harness.Services.GetRequiredService<ProjectStore>(), _harness.Time, [_references]);

    private sealed class RecordingStore : IPersonalDataStore
    {
        public List<string> Erased { get; } = [];

        public string ExportName => "conversationReferences";

        public Task<JsonElement> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
            => Task.FromResult(JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["asked"] = $"{channelId}/{userId}" }));

        public Task<int> EraseAsync(string channelId, string userId, CancellationToken cancellationToken)
        {
            Erased.Add($"{channelId}/{userId}");
            return Task.FromResult(1);
        }
    }
}
