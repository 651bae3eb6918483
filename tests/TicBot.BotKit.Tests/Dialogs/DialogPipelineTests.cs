using TicBot.BotKit.Dialogs;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Dialogs;

/// <summary>Dialogs inside the production turn pipeline: the middleware, not the dialog, saves the state.</summary>
public sealed class DialogPipelineTests
{
    private static (TestAdapter Adapter, TestFlow Flow) CreateSut(IStorage storage, Func<TicBot.BotKit.Builder.ITurnContext, Exception, CancellationToken, Task>? onError = null)
    {
        var conversationState = new ConversationState(storage);
        var accessor = conversationState.CreateProperty(DialogState.PropertyName, DialogsJsonContext.Default.DialogState);
        var adapter = new TestAdapter();
        adapter.Use(new ConversationTurnMiddleware([conversationState], TimeProvider.System));
        adapter.OnTurnError = onError;
        var dialog = new MenuDialog();
        return (adapter, new TestFlow(adapter, async (tc, ct) => await dialog.RunAsync(tc, accessor, ct)));
    }

    [Fact]
    public async Task RunAsync_UnderConversationTurnMiddleware_KeepsTheConversationAcrossInstances()
    {
        var storage = new MemoryStorage();
        var ct = TestContext.Current.CancellationToken;
        await CreateSut(storage).Flow
            .Send("bonjour").AssertReply("Menu : tapez un nom de projet.")
            .Send("Portail").AssertReply("Qui pilote le projet Portail ?")
            .StartTestAsync(ct);

        await CreateSut(storage).Flow
            .Send("Camille").AssertReply("Quel budget ?")
            .Send("aide").AssertReply(TicBot.BotKit.Prompts.PromptMessages.DefaultHelp.French).AssertReply("Quel budget ?")
            .StartTestAsync(ct);
    }

    [Fact]
    public async Task RunAsync_TurnFailsAfterAnswers_CleanupRestartsTheConversationNextTurn()
    {
        var storage = new MemoryStorage();
        var ct = TestContext.Current.CancellationToken;
        var conversationState = new ConversationState(storage);
        var cleanup = new DialogStateCleanup(conversationState, conversationState.CreateProperty(DialogState.PropertyName, DialogsJsonContext.Default.DialogState));
        await CreateSut(storage).Flow
            .Send("bonjour").AssertReply("Menu : tapez un nom de projet.")
            .Send("Portail").AssertReply("Qui pilote le projet Portail ?")
            .StartTestAsync(ct);
        var (adapter, _) = CreateSut(storage, async (tc, ex, token) =>
        {
            await cleanup.OnTurnErrorAsync(tc, ex, token);
            await tc.SendActivityAsync("Désolé.", token);
        });

        await new TestFlow(adapter, (_, _) => throw new InvalidOperationException("bug"))
            .Send("Camille").AssertReply("Désolé.")
            .StartTestAsync(ct);

        await CreateSut(storage).Flow
            .Send("bonjour").AssertReply("Menu : tapez un nom de projet.")
            .StartTestAsync(ct);
    }
}
