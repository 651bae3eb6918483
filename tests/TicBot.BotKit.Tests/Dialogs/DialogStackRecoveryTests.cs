using System.Text.Json;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Storage;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Dialogs;

public sealed class DialogStackRecoveryTests
{
    private const string StateKey = "test/conversations/conversation-1";

    [Fact]
    public async Task RunAsync_AfterRestart_ResumesWhereTheConversationWas()
    {
        var storage = new MemoryStorage();
        var ct = TestContext.Current.CancellationToken;
        var before = new DialogTestClient(new MenuDialog(), storage: storage);
        await before.SendActivityAsync("bonjour", ct);
        await before.SendActivityAsync("Portail", ct);
        await before.SendActivityAsync("Camille", ct);

        // New dialog objects, new state objects, same storage: another instance, or the same after a restart.
        var sut = new DialogTestClient(new MenuDialog(), storage: storage);
        var reply = await sut.SendActivityAsync("2 500", ct);

        Assert.Equal("Je l'enregistre ?", reply?.Text);
        Assert.Equal("Enregistré : Camille, 2500.", (await sut.SendActivityAsync("oui", ct))?.Text);
    }

    [Fact]
    public async Task RunAsync_StoredDialogUnknownAfterUpgrade_ApologisesAndRestarts()
    {
        var storage = new MemoryStorage();
        var ct = TestContext.Current.CancellationToken;
        await new DialogTestClient(new IntakeDialog(id: "old-intake"), storage: storage).SendActivityAsync("bonjour", ct);

        var sut = new DialogTestClient(new IntakeDialog(), storage: storage);

        Assert.Equal(DialogMessages.StackReset.French, (await sut.SendActivityAsync("Camille", ct))?.Text);
        Assert.Equal("Qui pilote le projet sans nom ?", sut.GetNextReply()?.Text);
        Assert.Equal("Quel budget ?", (await sut.SendActivityAsync("Camille", ct))?.Text);
    }

    [Fact]
    public async Task RunAsync_UnknownInnerDialog_ApologisesInEnglishWhenLocaleIsEnglish()
    {
        var storage = new MemoryStorage();
        var ct = TestContext.Current.CancellationToken;
        await new DialogTestClient(new IntakeDialog(), storage: storage).SendActivityAsync("hello", ct);
        await RewriteAsync(storage, json => json.Replace("\"intake.steps\"", "\"renamed.steps\"", StringComparison.Ordinal), ct);

        var sut = new DialogTestClient(new IntakeDialog(), storage: storage);
        sut.Adapter.Locale = "en-GB";

        Assert.Equal(DialogMessages.StackReset.English, (await sut.SendActivityAsync("Camille", ct))?.Text);
        Assert.Equal("Qui pilote le projet sans nom ?", sut.GetNextReply()?.Text);
    }

    [Theory]
    [InlineData("{\"DialogState\":{\"dialogStack\":42}}")]
    [InlineData("{\"DialogState\":{\"dialogStack\":null}}")]
    [InlineData("{\"DialogState\":{\"dialogStack\":[null]}}")]
    [InlineData("{\"DialogState\":{\"dialogStack\":[{\"id\":\"intake\",\"state\":{\"dialogs\":\"garbage\"}}]}}")]
    [InlineData("{\"DialogState\":{\"dialogStack\":[{\"id\":\"intake\",\"state\":{\"dialogs\":{\"dialogStack\":[{\"id\":\"intake.steps\",\"state\":{}}]}}}]}}")]
    [InlineData("{\"DialogState\":\"not a stack\"}")]
    public async Task RunAsync_CorruptStack_ApologisesAndStartsAgain(string storedState)
    {
        var storage = new MemoryStorage();
        var ct = TestContext.Current.CancellationToken;
        await storage.WriteAsync([new StorageWrite(StateKey, JsonDocument.Parse(storedState).RootElement.Clone())], ct);
        var sut = new DialogTestClient(new IntakeDialog(), storage: storage);

        Assert.Equal(DialogMessages.StackReset.French, (await sut.SendActivityAsync("Camille", ct))?.Text);
        Assert.Equal("Qui pilote le projet sans nom ?", sut.GetNextReply()?.Text);

        // The repaired stack was saved: the next turn goes on normally.
        Assert.Equal("Quel budget ?", (await sut.SendActivityAsync("Camille", ct))?.Text);
    }

    [Fact]
    public async Task OnTurnErrorAsync_AfterFailedTurn_DeletesOnlyTheDialogStack()
    {
        var storage = new MemoryStorage();
        var ct = TestContext.Current.CancellationToken;
        var client = new DialogTestClient(new IntakeDialog(), storage: storage);
        await client.SendActivityAsync("bonjour", ct);
        await RewriteAsync(storage, json => json.TrimEnd('}') + "},\"project\":{\"name\":\"Portail\"}}", ct);
        var sut = new DialogStateCleanup(client.ConversationState, client.DialogState);

        await client.Adapter.ProcessActivityAsync(client.Adapter.MakeActivity("x"), (tc, token) => sut.OnTurnErrorAsync(tc, new InvalidOperationException(), token), ct);

        var stored = (await storage.ReadAsync([StateKey], ct))[StateKey].Value;
        Assert.False(stored.TryGetProperty("DialogState", out _));
        Assert.Equal("Portail", stored.GetProperty("project").GetProperty("name").GetString());
    }

    [Fact]
    public async Task OnTurnErrorAsync_StorageConflict_KeepsTheStoredStack()
    {
        var storage = new MemoryStorage();
        var ct = TestContext.Current.CancellationToken;
        var client = new DialogTestClient(new IntakeDialog(), storage: storage);
        await client.SendActivityAsync("bonjour", ct);
        var sut = new DialogStateCleanup(client.ConversationState, client.DialogState);

        await client.Adapter.ProcessActivityAsync(client.Adapter.MakeActivity("x"), (tc, token) => sut.OnTurnErrorAsync(tc, new StorageConflictException(StateKey), token), ct);

        Assert.True((await storage.ReadAsync([StateKey], ct))[StateKey].Value.TryGetProperty("DialogState", out _));
    }

    private static async Task RewriteAsync(IStorage storage, Func<string, string> change, CancellationToken ct)
    {
        var item = (await storage.ReadAsync([StateKey], ct))[StateKey];
        var json = change(item.Value.GetRawText());
        await storage.WriteAsync([new StorageWrite(StateKey, JsonDocument.Parse(json).RootElement.Clone())], ct);
    }
}
