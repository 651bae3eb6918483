using TicBot.Cards.Actions;
using TicBot.Cards.Model;
using TicBot.Cards.Validation;

namespace TicBot.Cards.Tests.Validation;

public sealed class CardValidatorTests
{
    private static readonly CardActionData Data = new MenuShowData();

    private static AdaptiveCard Card(params AdaptiveElement[] body) => new(body);

    private static void AssertOneError(AdaptiveCard card, string expectedFragment)
    {
        var errors = CardValidator.Validate(card);

        var error = Assert.Single(errors);
        Assert.Contains(expectedFragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WellFormedCard_HasNoError()
    {
        var card = Card(new TextBlock("Titre") { Id = "t" }, new InputToggle("tick.a", "Point 1 sur 1", "Faire A"))
            with { Actions = [new SubmitAction("Ok") { Data = Data }, new ToggleVisibilityAction("Voir", ["t"])] };

        Assert.Empty(CardValidator.Validate(card));
    }

    public static TheoryData<AdaptiveCard, string> Broken() => new()
    {
        { Card(new TextBlock("a") { Id = "x" }, new TextBlock("b") { Id = "x" }), "used twice" },
        { Card(new TextBlock("a") { Id = "x" }) with { Actions = [new ShowCardAction("Plus", Card(new InputText("x", "Nom")))] }, "used twice" },
        { Card(new InputText("", "Nom")), "input id is empty" },
        { Card(new InputText("name", " ")), "input label is empty" },
        { Card(new InputText("name", "Nom") { IsRequired = true }), "error message" },
        { Card(new TextBlock("")), "text is empty" },
        { Card(new RichTextBlock([new TextRun(" ")])), "text run is empty" },
        { Card(new FactSet([new Fact("Titre", "")])), "fact value is empty" },
        { Card(new TextBlock("a")) with { Actions = [new SubmitAction("") { Data = Data }] }, "title is empty" },
        { Card(new TextBlock("a")) with { Actions = [new SubmitAction("Ok")] }, "without data" },
        { Card(new TextBlock("a")) with { Actions = [new ExecuteAction("Ok", "menu.open") { Data = Data }] }, "verb" },
        { Card(new TextBlock("a")) with { Actions = [.. Enumerable.Range(1, 7).Select(i => new SubmitAction($"B{i}") { Data = Data })] }, "more than the 6" },
        { Card(new InputChoiceSet("c", "Choix", [])), "no choices" },
        { Card(new InputChoiceSet("c", "Choix", [new Choice("A", "1"), new Choice("B", "1")])), "same value" },
        { Card(new InputToggle("t", "Case", "")), "toggle title is empty" },
        { Card(new Image("https://x.test/a.png", "")), "alternative text is empty" },
        { Card(new Image("http://x.test/a.png", "Logo")), "neither https" },
        { Card(new TextBlock("a")) with { Actions = [new OpenUrlAction("Site", "javascript:alert(1)")] }, "https" },
        { Card(new TextBlock("a")) with { Actions = [new ToggleVisibilityAction("Voir", ["missing"])] }, "no element has as id" },
        { Card(new TextBlock("●") { Color = TextColor.Attention }), "colour alone" },
        { Card(new Container([new Image("https://x.test/r.png", "rouge")]) { Style = ContainerStyle.Attention }), "colour alone" },
        { Card(new Table([new TableColumnDefinition(1), new TableColumnDefinition(1)], [new TableRow([new TableCell([new TextBlock("a")])])])), "1 cells for 2 columns" },
        { Card(new ActionSet([])), "action set is empty" },
        { Card(), "body is empty" },
        { Card(new TextBlock("a")) with { Refresh = new Refresh(new ExecuteAction("Actualiser", "menu.show") { Data = Data }) { UserIds = [.. Enumerable.Range(0, 61).Select(i => $"29:{i}")] } }, "more than 60 user ids" },
        { Card(new ActionSet([new SubmitAction("Ouvrir") { Data = new ChecklistShowData("a", 0) }, new SubmitAction("Ouvrir") { Data = new ChecklistShowData("b", 0) }])), "does something else" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenRule_ReportsIt(AdaptiveCard card, string expectedFragment)
    {
        AssertOneError(card, expectedFragment);
    }

    [Fact]
    public void Validate_CardOver25KB_AsksToPaginate()
    {
        var card = Card([.. Enumerable.Range(0, 400).Select(i => new TextBlock($"Ligne {i} d’un texte beaucoup trop long pour une seule carte Teams") { Wrap = true })]);

        AssertOneError(card, "paginate");
    }

    [Fact]
    public void Validate_SameTitleSameEffect_IsFine()
    {
        var card = Card(new ActionSet([new SubmitAction("Menu") { Data = Data }])) with { Actions = [new SubmitAction("Menu") { Data = Data }] };

        Assert.Empty(CardValidator.Validate(card));
    }

    [Fact]
    public void EnsureValid_InvalidCard_ThrowsListingTheErrors()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => CardValidator.EnsureValid(Card(new TextBlock(""))));

        Assert.Contains("card.body[0]: the text is empty", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExecuteFallback_IsCheckedButNotCountedAsADuplicateButton()
    {
        var card = Card(new TextBlock("a")) with
        {
            Actions = [ExecuteAction.WithSubmitFallback("Fait", new ReminderDoneData("r")) with { Id = "done" }],
        };

        Assert.Empty(CardValidator.Validate(card));
    }
}
