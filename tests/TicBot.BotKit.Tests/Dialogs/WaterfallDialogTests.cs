using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task RunAsync_FullConversation_ReturnsTypedResultThroughTheParent()
    {
        var sut = new DialogTestClient(new MenuDialog());

        await sut.CreateTestFlow()
            .Send("bonjour").AssertReply("Menu : tapez un nom de projet.")
            .Send("Portail citoyen").AssertReply("Qui pilote le projet Portail citoyen ?")
            .Send("Camille").AssertReply("Quel budget ?")
            .Send("15 k€").AssertReply(a => a.Text == "Je l'enregistre ?" && a.SuggestedActions?.Actions?.Count == 2, "a yes/no question")
            .Send("oui").AssertReply("Enregistré : Camille, 15000.")
            .AssertReply("Fin de la saisie (EndCalled, 15000).")
            .AssertReply("Menu : tapez un nom de projet.")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
        Assert.Equal(DialogTurnStatus.Waiting, sut.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task RunAsync_RootDialogCompletes_ReturnsCompleteWithTypedResult()
    {
        var sut = new DialogTestClient(new IntakeDialog());
        var ct = TestContext.Current.CancellationToken;

        await sut.SendActivityAsync("bonjour", ct);
        await sut.SendActivityAsync("Camille", ct);
        await sut.SendActivityAsync("1 200,50", ct);
        await sut.SendActivityAsync("d'accord", ct);

        Assert.Equal(DialogTurnStatus.Complete, sut.DialogTurnResult?.Status);
        Assert.Equal(new IntakeResult("sans nom", "Camille", 1200.50m), sut.DialogTurnResult?.GetResult(TestJsonContext.Default.IntakeResult));
    }

    [Fact]
    public async Task NextAsync_CalledTwice_Throws()
    {
        var sut = new DialogTestClient(new WaterfallDialog("w", [DoubleNextStepAsync, EndStepAsync, EndStepAsync]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.SendActivityAsync("go", TestContext.Current.CancellationToken));
    }

    [Fact]
    public void GetStepName_NamedMethod_IsTheMethodName()
    {
        var sut = new WaterfallDialog("w", [DoubleNextStepAsync, EndStepAsync]);

        Assert.Equal(nameof(EndStepAsync), sut.GetStepName(1));
    }

    private static async Task<DialogTurnResult> DoubleNextStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        await stepContext.NextAsync(null, cancellationToken);
        return await stepContext.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> EndStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        => Task.FromResult(Dialog.EndOfTurn);
}
