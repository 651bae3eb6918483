using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Dialogs;

public sealed class InterruptibleDialogTests
{
    private static readonly InterruptionOptions Interruptions = new();

    private static TestFlow StartIntake(DialogTestClient client)
        => client.CreateTestFlow()
            .Send("bonjour").AssertReply("Menu : tapez un nom de projet.")
            .Send("Portail").AssertReply("Qui pilote le projet Portail ?");

    [Theory]
    [InlineData("aide")]
    [InlineData("Aide !")]
    [InlineData("AIDE")]
    [InlineData("help")]
    [InlineData("  à l'aide  ")]
    public async Task Continue_HelpWord_ShowsTheQuestionsHelpAndAsksAgain(string input)
    {
        var sut = new DialogTestClient(new MenuDialog());

        await StartIntake(sut)
            .Send(input).AssertReply("Le nom de la cheffe ou du chef de projet.").AssertReply("Qui pilote le projet Portail ?")
            .Send("Camille").AssertReply("Quel budget ?")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_HelpWithoutQuestionHelp_ShowsGenericHelp()
    {
        var sut = new DialogTestClient(new MenuDialog());

        await StartIntake(sut)
            .Send("Camille").AssertReply("Quel budget ?")
            .Send("aide").AssertReply(PromptMessages.DefaultHelp.French).AssertReply("Quel budget ?")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_HelpInsideLongerSentence_IsAnAnswer()
    {
        var sut = new DialogTestClient(new MenuDialog());

        await StartIntake(sut)
            .Send("Aide sociale").AssertReply("Quel budget ?")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("annuler")]
    [InlineData("Annuler.")]
    [InlineData("ANNULER")]
    [InlineData("cancel")]
    public async Task Continue_CancelBeforeAnyAnswer_EndsOnlyTheCurrentDialog(string input)
    {
        var sut = new DialogTestClient(new MenuDialog());

        await StartIntake(sut)
            .Send(input).AssertReply(Interruptions.Cancelled.French)
            .AssertReply("Fin de la saisie (CancelCalled, rien).")
            .AssertReply("Menu : tapez un nom de projet.")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_CancelAfterAnswers_AsksFirstThenCancelsOnYes()
    {
        var sut = new DialogTestClient(new MenuDialog());

        await StartIntake(sut)
            .Send("Camille").AssertReply("Quel budget ?")
            .Send("Annulér").AssertReply(a => a.Text == Interruptions.ConfirmCancelQuestion.French && a.SuggestedActions?.Actions?.Count == 2, "the cancel confirmation")
            .Send("oui").AssertReply(Interruptions.Cancelled.French)
            .AssertReply("Fin de la saisie (CancelCalled, rien).")
            .AssertReply("Menu : tapez un nom de projet.")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_CancelDeclined_AsksTheQuestionAgainAndKeepsAnswers()
    {
        var sut = new DialogTestClient(new MenuDialog());

        await StartIntake(sut)
            .Send("Camille").AssertReply("Quel budget ?")
            .Send("annuler").AssertReply(Interruptions.ConfirmCancelQuestion.French)
            .Send("peut-être").AssertReply(PromptMessages.NotAYesNo.French).AssertReply(Interruptions.ConfirmCancelQuestion.French)
            .Send("non").AssertReply(Interruptions.CancelDeclined.French).AssertReply("Quel budget ?")
            .Send("300").AssertReply("Je l'enregistre ?")
            .Send("oui").AssertReply("Enregistré : Camille, 300.")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_CancelAtRoot_ReturnsCancelledStatus()
    {
        var sut = new DialogTestClient(new IntakeDialog());
        var ct = TestContext.Current.CancellationToken;
        await sut.SendActivityAsync("bonjour", ct);

        Assert.Equal(Interruptions.Cancelled.French, (await sut.SendActivityAsync("annuler", ct))?.Text);
        Assert.Equal(DialogTurnStatus.Cancelled, sut.DialogTurnResult?.Status);
    }

    [Theory]
    [InlineData("menu")]
    [InlineData("Menu principal")]
    [InlineData("retour au menu !")]
    public async Task Continue_MenuWord_RestartsTheRootDialog(string input)
    {
        var sut = new DialogTestClient(new MenuDialog());

        await StartIntake(sut)
            .Send("Camille").AssertReply("Quel budget ?")
            .Send(input).AssertReply(Interruptions.BackToMenu.French).AssertReply("Menu : tapez un nom de projet.")
            .AssertNoReply()
            .Send("Autre projet").AssertReply("Qui pilote le projet Autre projet ?")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_CancelConfirmationPending_SurvivesRestart()
    {
        var storage = new BotKit.Storage.MemoryStorage();
        var ct = TestContext.Current.CancellationToken;
        var before = new DialogTestClient(new MenuDialog(), storage: storage);
        foreach (var text in new[] { "bonjour", "Portail", "Camille", "annuler" })
        {
            await before.SendActivityAsync(text, ct);
        }

        var sut = new DialogTestClient(new MenuDialog(), storage: storage);

        Assert.Equal(Interruptions.Cancelled.French, (await sut.SendActivityAsync("oui", ct))?.Text);
    }

    [Fact]
    public async Task Continue_MenuWhileConfirmingCancel_GoesToTheMenu()
    {
        var sut = new DialogTestClient(new MenuDialog());

        await StartIntake(sut)
            .Send("Camille").AssertReply("Quel budget ?")
            .Send("annuler").AssertReply(Interruptions.ConfirmCancelQuestion.French)
            .Send("menu").AssertReply(Interruptions.BackToMenu.French).AssertReply("Menu : tapez un nom de projet.")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_ForcedEnglishInTurnState_AnswersInEnglishDespiteFrenchLocale()
    {
        var sut = new DialogTestClient(new MenuDialog());
        sut.Adapter.Use(new ForceLanguageMiddleware("en"));

        await StartIntake(sut)
            .Send("Camille").AssertReply("Quel budget ?")
            .Send("abc").AssertReply(PromptMessages.NotANumber.English).AssertReply("Quel budget ?")
            .Send("annuler").AssertReply(Interruptions.ConfirmCancelQuestion.English)
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    private sealed class ForceLanguageMiddleware(string language) : BotKit.Builder.IMiddleware
    {
        public Task OnTurnAsync(BotKit.Builder.ITurnContext turnContext, BotKit.Builder.NextDelegate next, CancellationToken cancellationToken)
        {
            turnContext.TurnState.Set(DialogContext.ForcedLanguageKey, language);
            return next(cancellationToken);
        }
    }
}
