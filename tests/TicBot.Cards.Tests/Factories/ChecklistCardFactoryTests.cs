using System.Text.Json;
using System.Text.Json.Nodes;
using TicBot.Cards.Actions;
using TicBot.Cards.Factories;
using TicBot.Cards.Tests.Support;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Tests.Factories;

public sealed class ChecklistCardFactoryTests
{
    private const ContentLanguage Fr = ContentLanguage.French;

    private static ChecklistView Security() => SampleProjects.Checklist(ChecklistIds.Security, Fr);

    [Fact]
    public void Create_LongChecklist_PagesShowEveryItemExactlyOnce()
    {
        var checklist = Security();
        var pages = ChecklistCardFactory.PageCount(checklist, Fr);

        var shown = Enumerable.Range(0, pages)
            .SelectMany(page => CardText.OfType(ChecklistCardFactory.Create(checklist, page, Fr), "Input.Toggle"))
            .Select(toggle => toggle.GetProperty("id").GetString())
            .ToList();

        Assert.Equal(2, pages);
        Assert.Equal(checklist.Items.Select(i => ChecklistSaveData.ToggleId(i.Id)), shown);
    }

    [Fact]
    public void Create_Checklist_ShowsProgressAndEachTickAndWhy()
    {
        var checklist = SampleProjects.Checklist(ChecklistIds.KeySteps, Fr);

        var card = ChecklistCardFactory.Create(checklist, 0, Fr);
        var toggles = CardText.OfType(card, "Input.Toggle");
        var text = CardText.AllText(card);

        Assert.Contains("Progression\u00A0: 3/6 de la méthode", text, StringComparison.Ordinal);
        Assert.Equal(checklist.Items.Select(i => i.Ticked ? "true" : "false"), toggles.Select(t => t.GetProperty("value").GetString()));
        Assert.All(checklist.Items, item => Assert.Contains("Pourquoi\u00A0: " + item.Why, text, StringComparison.Ordinal));
        Assert.Equal("Point 1 sur 6", toggles[0].GetProperty("label").GetString());
    }

    [Fact]
    public void Create_SaveButton_RoundTripsThroughTheDecoderWithTheTogglesTeamsSends()
    {
        var checklist = Security();
        var card = ChecklistCardFactory.Create(checklist, 1, Fr);
        var execute = CardText.OfType(card, "Action.Execute").First(a => a.GetProperty("title").GetString() == "Enregistrer");

        // What Teams sends for an Action.Submit: the data merged with every input of the card.
        var value = JsonNode.Parse(execute.GetProperty("fallback").GetProperty("data").GetRawText())!.AsObject();
        foreach (var toggle in CardText.OfType(card, "Input.Toggle"))
        {
            value[toggle.GetProperty("id").GetString()!] = "true";
        }

        var result = CardActionData.TryDecode(JsonSerializer.SerializeToElement(value));

        Assert.True(result.Succeeded, result.Detail);
        var save = Assert.IsType<ChecklistSaveData>(result.Data);
        Assert.Equal(checklist.Id, save.Checklist);
        Assert.Equal(1, save.Page);
        Assert.Null(save.Goto);
        Assert.Equal(checklist.Items.Skip(8).Select(i => i.Id), save.Ticked);
    }

    [Fact]
    public void Create_PageOutOfRange_ShowsTheNearestPage()
    {
        var checklist = Security();

        var last = ChecklistCardFactory.Create(checklist, 99, Fr);

        Assert.Contains("Page 2 sur 2", CardText.AllText(last), StringComparison.Ordinal);
        Assert.Contains("Page précédente", CardText.AllText(last), StringComparison.Ordinal);
        Assert.DoesNotContain("Page suivante", CardText.AllText(last), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EveryButtonThatSaves_IsAnExecuteWithTheSameSubmitFallback()
    {
        var card = ChecklistCardFactory.Create(Security(), 0, Fr);

        var executes = CardText.OfType(card, "Action.Execute");

        Assert.Equal(2, executes.Count);
        Assert.All(executes, e =>
        {
            Assert.Equal("checklist.save", e.GetProperty("verb").GetString());
            Assert.Equal(e.GetProperty("data").GetRawText(), e.GetProperty("fallback").GetProperty("data").GetRawText());
            Assert.Equal("Action.Submit", e.GetProperty("fallback").GetProperty("type").GetString());
        });
        Assert.Equal("1.5", card.Version);
    }

    [Fact]
    public void Create_WithRefreshUsers_AddsARefreshShowingTheSamePage()
    {
        var card = ChecklistCardFactory.Create(Security(), 1, Fr, refreshUserIds: ["29:abc"]);

        Assert.NotNull(card.Refresh);
        Assert.Equal(new ChecklistShowData(ChecklistIds.Security, 1), card.Refresh.Action.Data);
        Assert.Equal(["29:abc"], card.Refresh.UserIds!);
        Assert.Null(ChecklistCardFactory.Create(Security(), 1, Fr).Refresh);
    }

    [Fact]
    public void Create_SixtyRefreshUsers_PaginatesWithTheirRoomCounted()
    {
        var users = Enumerable.Range(0, 60).Select(i => $"29:1Xk{i:D3}-aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ").ToList();
        var checklist = SampleProjects.Checklist(ChecklistIds.Security, Fr);

        var pages = ChecklistCardFactory.PageCount(checklist, Fr, users);

        for (var page = 0; page < pages; page++)
        {
            Assert.Empty(TicBot.Cards.Validation.CardValidator.Validate(ChecklistCardFactory.Create(checklist, page, Fr, saved: true, refreshUserIds: users)));
        }
    }

    [Fact]
    public void Create_VeryLongItems_AreCutIntoMorePagesThatStayUnderTheBudget()
    {
        var longText = string.Concat(Enumerable.Repeat("Une explication très détaillée de ce point. ", 40));
        var checklist = new ChecklistView("checklist.long", "Longue liste", "Pour tester.",
            [.. Enumerable.Range(1, 20).Select(i => new ChecklistItemView($"item-{i}", $"Point {i} : {longText}", longText, false))]);

        var pages = ChecklistCardFactory.PageCount(checklist, Fr);

        Assert.True(pages > 3);
        for (var page = 0; page < pages; page++)
        {
            Assert.Empty(TicBot.Cards.Validation.CardValidator.Validate(ChecklistCardFactory.Create(checklist, page, Fr)));
        }
    }
}
