using TicBot.Cards.Actions;
using TicBot.Cards.Model;

namespace TicBot.Cards.Tests.Model;

public sealed class CardVersionsTests
{
    private static AdaptiveCard Card(params AdaptiveElement[] body) => new(body);

    public static TheoryData<string, AdaptiveCard> Cases() => new()
    {
        { "1.0", Card(new TextBlock("a"), new FactSet([new Fact("a", "b")]), new Container([new Image("https://x.test/a.png", "logo")])) },
        { "1.0", Card(new TextBlock("a")) with { Actions = [new SubmitAction("Ok") { Data = new MenuShowData() }, new OpenUrlAction("Site", "https://x.test")] } },
        { "1.2", Card(new RichTextBlock([new TextRun("a")])) },
        { "1.2", Card(new ActionSet([new SubmitAction("Ok") { Data = new MenuShowData() }])) },
        { "1.2", Card(new TextBlock("a") { IsVisible = false }) },
        { "1.2", Card(new TextBlock("a")) with { Actions = [new SubmitAction("Ok") { Data = new MenuShowData(), Style = ActionStyle.Positive }] } },
        { "1.2", Card(new TextBlock("a") { Id = "x" }) with { Actions = [new ToggleVisibilityAction("Voir", ["x"])] } },
        { "1.3", Card(new InputText("name", "Nom")) },
        { "1.3", Card(new Container([new ColumnSet([new Column([new InputToggle("t", "Case", "Cocher")])])])) },
        { "1.4", Card(new TextBlock("a")) with { Actions = [new ExecuteAction("Ok", "menu.show") { Data = new MenuShowData() }] } },
        { "1.4", Card(new ActionSet([ExecuteAction.WithSubmitFallback("Ok", new MenuShowData())])) },
        { "1.4", Card(new TextBlock("a")) with { Refresh = new Refresh(new ExecuteAction("Actualiser", "menu.show") { Data = new MenuShowData() }) } },
        { "1.4", Card(new TextBlock("a")) with { Actions = [new ShowCardAction("Plus", Card(new ActionSet([new ExecuteAction("Ok", "menu.show") { Data = new MenuShowData() }])))] } },
        { "1.5", Card(new TextBlock("Titre") { Style = TextBlockStyle.Heading }) },
        { "1.5", Card(new Container([new Table([new TableColumnDefinition(1)], [new TableRow([new TableCell([new TextBlock("a")])])])])) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Required_Content_IsTheLowestVersionItNeeds(string expected, AdaptiveCard card)
    {
        var version = CardVersions.Required(card);

        Assert.Equal(expected, version.ToString());
        Assert.Equal(expected, card.Version);
    }

    [Fact]
    public void CompareTo_Versions_OrdersByMajorThenMinor()
    {
        Assert.True(CardVersion.V1_2 < CardVersion.V1_5);
        Assert.True(new CardVersion(2, 0) > CardVersion.V1_5);
        Assert.Equal(CardVersion.V1_4, CardVersion.Max(CardVersion.V1_4, CardVersion.V1_3));
    }
}
