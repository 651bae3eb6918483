using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TicBot.Cards.Factories;
using TicBot.Cards.Tests.Support;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Health;
using TicBot.Methodology.Rules.SiAdvice;

namespace TicBot.Cards.Tests.Factories;

/// <summary>What the seed says and what TicBot adds look different on every card that shows both.</summary>
public sealed class AdditionsOnCardsTests
{
    public static TheoryData<string, ContentLanguage> Checklists()
    {
        var data = new TheoryData<string, ContentLanguage>();
        foreach (var id in ChecklistIds.All)
        {
            data.Add(id, ContentLanguage.French);
            data.Add(id, ContentLanguage.English);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Checklists))]
    public void ChecklistCard_EveryAddition_CarriesTheLabelAndItsReason(string checklistId, ContentLanguage language)
    {
        var content = SampleProjects.Content(language);
        var view = ProjectViews.Checklist(LargestProject.Build(), checklistId, content);
        var pages = Enumerable.Range(0, ChecklistCardFactory.PageCount(view, language)).Select(p => ChecklistCardFactory.Create(view, p, language)).ToList();
        var toggles = pages.SelectMany(c => CardText.OfType(c, "Input.Toggle")).ToDictionary(t => t.GetProperty("id").GetString()!["tick.".Length..], t => t.GetProperty("label").GetString()!);
        var whys = pages.SelectMany(c => CardText.OfType(c, "TextBlock")).Where(t => t.TryGetProperty("id", out var id) && id.GetString()!.StartsWith("why.", StringComparison.Ordinal))
            .ToDictionary(t => t.GetProperty("id").GetString()!["why.".Length..], t => t.GetProperty("text").GetString()!);
        var label = language == ContentLanguage.English ? "Addition" : "Complément";

        foreach (var item in content.GetChecklist(checklistId).Items)
        {
            Assert.Equal(item.IsAddition, toggles[item.Id].Contains(label, StringComparison.Ordinal));
            Assert.Equal(item.IsAddition, whys[item.Id].Contains(language == ContentLanguage.English ? "an addition to the method" : "complément à la méthode", StringComparison.Ordinal));
            Assert.EndsWith(item.Why, whys[item.Id], StringComparison.Ordinal);
        }

        Assert.Equal(content.GetChecklist(checklistId).Items.Any(i => i.IsAddition), pages.Any(c => CardText.AllText(c).Contains(label + (language == ContentLanguage.English ? "”:" : "\u00A0»\u00A0:"), StringComparison.Ordinal)));
    }

    [Fact]
    public void ChecklistCard_AdditionNoteInsideASeedItem_IsShownLabelledWithTheWhy()
    {
        var content = SampleProjects.Content(ContentLanguage.French);
        var view = ProjectViews.Checklist(LargestProject.Build(), ChecklistIds.Communication, content);

        var card = ChecklistCardFactory.Create(view, 0, ContentLanguage.French);

        var note = Assert.Single(CardText.OfType(card, "RichTextBlock"), r => r.GetProperty("id").GetString() == "note.communication.usagers-project-defined");
        Assert.False(note.GetProperty("isVisible").GetBoolean());
        Assert.Equal(["Complément\u00A0:", " " + content.FindItem("communication.usagers-project-defined")!.AdditionNote], note.GetProperty("inlines").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
        var why = CardText.OfType(card, "Action.ToggleVisibility").Single(a => a.GetProperty("targetElements").EnumerateArray().Any(e => e.GetString() == "note.communication.usagers-project-defined"));
        Assert.Equal(["why.communication.usagers-project-defined", "note.communication.usagers-project-defined"], why.GetProperty("targetElements").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void ChecklistCard_Security_CountsTheSeedAndTheAdditionsApart()
    {
        var project = Project.Create("p", "Projet", new CollectiviteProfile(), new Actor("u", "U"), LargestProject.Now);
        foreach (var item in new[] { "security.user-access-control", "security.user-strong-auth", "security.agent-workstation", "security.traceability", "security.attacks", "security.mfa", "security.dpo" })
        {
            project.TickChecklistItem(ChecklistIds.Security, item, new Actor("u", "U"), LargestProject.Now);
        }

        var content = SampleProjects.Content(ContentLanguage.French);
        var summary = ProjectSummaryCardFactory.Create(ProjectViews.Summary(project, content), ContentLanguage.French);
        var checklist = ChecklistCardFactory.Create(ProjectViews.Checklist(project, ChecklistIds.Security, content), 0, ContentLanguage.French);
        var index = ChecklistIndexCardFactory.Create(ProjectViews.Summary(project, content).Checklists, ContentLanguage.French);

        Assert.Contains("Progression\u00A0: 5/9 de la méthode, 2/6 compléments", CardText.Texts(checklist));
        Assert.Contains("5/9 de la méthode, 2/6 compléments", CardText.Texts(index));
        Assert.Contains("5/9 (56\u202F%)", CardText.Texts(summary));
        Assert.Contains("2/6 (33\u202F%)", CardText.Texts(summary));
    }

    [Fact]
    public void ChecklistCard_HostedSiteTicked_SaysTheInHouseItemsDoNotApply()
    {
        var project = Project.Create("p", "Projet", new CollectiviteProfile(), new Actor("u", "U"), LargestProject.Now);
        project.TickChecklistItem(ChecklistIds.Security, "security.hosted-contract", new Actor("u", "U"), LargestProject.Now);
        var view = ProjectViews.Checklist(project, ChecklistIds.Security, SampleProjects.Content(ContentLanguage.French));

        var labels = CardText.OfType(ChecklistCardFactory.Create(view, 1, ContentLanguage.French), "Input.Toggle").Select(t => t.GetProperty("label").GetString()).ToList();

        Assert.Contains("Point 9 sur 15 — sans objet\u00A0: site hébergé", labels);
        Assert.Equal("1/7", $"{view.Progress.SeedTicked}/{view.Progress.SeedTotal}");
    }

    [Theory]
    [InlineData(ContentLanguage.French, "Complément")]
    [InlineData(ContentLanguage.English, "Addition")]
    public void SummaryCard_FlagsFromTheRules_ShowWhatIsAnAddition(ContentLanguage language, string label)
    {
        var project = LargestProject.Build();
        project.ChangePhase(ProjectPhase.Preparation, new Actor("u", "U"), LargestProject.Now);
        var content = SampleProjects.Content(language);
        var flags = ProjectHealth.Assess(project, new FakeTimeProvider(LargestProject.Now));
        var view = ProjectViews.Summary(project, content, flags) with { Flags = [.. ProjectViews.Summary(project, content, flags).Flags.Take(ProjectSummaryCardFactory.MaxFlags)] };

        var text = CardText.AllText(ProjectSummaryCardFactory.Create(view, language));

        foreach (var flag in flags.Take(ProjectSummaryCardFactory.MaxFlags))
        {
            if (flag.AdditionNote(content) is { } note)
            {
                Assert.Contains(note, text, StringComparison.Ordinal);
            }
        }

        Assert.Contains(flags, f => f.IsAddition(content));
        Assert.Contains(language == ContentLanguage.English ? $"{label}: this point is not in the method." : $"{label}\u00A0: ce point ne figure pas dans la méthode.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MilestonesAndReminderCards_AdditionAction_IsLabelledAndRecurrenceIsIndicative()
    {
        var milestones = CardText.AllText(MilestonesCardFactory.Create(SampleProjects.Milestones(ContentLanguage.French), ContentLanguage.French));
        var reminder = CardText.AllText(ReminderCardFactory.Create(SampleProjects.AdditionReminder(ContentLanguage.French), ContentLanguage.French));
        var seedReminder = CardText.AllText(ReminderCardFactory.Create(SampleProjects.Reminder(ContentLanguage.French), ContentLanguage.French));

        Assert.Contains("Complément\u00A0: cette action ne figure pas dans la méthode.", milestones, StringComparison.Ordinal);
        Assert.Contains("tous les 6\u00A0mois, sans date de fin (indicatif)", milestones, StringComparison.Ordinal);
        Assert.Contains(SampleProjects.Content(ContentLanguage.French).FindCommunicationAction("comm.agent-awareness")!.AdditionNote!, milestones, StringComparison.Ordinal);
        Assert.Contains("Complément\u00A0: cette action ne figure pas dans la méthode.", reminder, StringComparison.Ordinal);
        Assert.Contains("Pourquoi (complément à la méthode)\u00A0:", reminder, StringComparison.Ordinal);
        Assert.DoesNotContain("Complément", seedReminder, StringComparison.Ordinal);
    }

    [Fact]
    public void SiAdviceCard_BudgetAndHorizonRemarks_AreLabelledAdditions()
    {
        var advice = SiAdvisor.Advise(new SiAnswers(SiOpenness.Closed, false, false, BudgetLevel.Limited, TimeHorizon.UnderOneYear));

        var texts = CardText.Texts(SiAdviceCardFactory.Create(advice, SampleProjects.Content(ContentLanguage.French)));

        Assert.All(advice.Cautions.Where(c => c.IsAddition), c => Assert.Contains(texts, t => t.Contains("Complément — " + c.French, StringComparison.Ordinal)));
        Assert.DoesNotContain(texts, t => t.Contains("Complément — Gros projet", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanAndComparisonCards_ExpertGuesses_SayIndicative()
    {
        Assert.Contains("indicatives", CardText.AllText(PlanCardFactory.Create(SampleProjects.Plan(ContentLanguage.French), 0, ContentLanguage.French)), StringComparison.Ordinal);
        Assert.Contains("poids indicatif", CardText.AllText(ScenarioComparisonCardFactory.Create(SampleProjects.Comparison(ContentLanguage.French), ContentLanguage.French)), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFrenchCard_Apostrophes_AreCurly()
    {
        var straight = CardCases.Everything()
            .Where(c => c.Card.Lang == "fr")
            .SelectMany(c => CardText.Texts(c.Card).Where(t => t.Contains('\'', StringComparison.Ordinal)).Select(t => $"{c.Name}: {t}"))
            .ToList();

        Assert.Empty(straight);
    }

    [Theory]
    [InlineData("Recueil des besoins")]
    [InlineData("À risque")]
    [InlineData("À surveiller")]
    [InlineData("Pour information")]
    [InlineData("Points de vigilance")]
    [InlineData("Besoins couverts")]
    [InlineData("résumé")]
    [InlineData("Cadrage")]
    public void EveryFrenchCard_OneVocabulary_HasNoOldWord(string word)
    {
        var found = CardCases.Everything().Where(c => c.Card.Lang == "fr" && CardText.AllText(c.Card).Contains(word, StringComparison.Ordinal)).Select(c => c.Name);

        Assert.Empty(found);
    }

    [Fact]
    public void HelpCard_AvailableEntries_DescribesThoseOnly()
    {
        var card = HelpCardFactory.Create(ContentLanguage.French, [TicBot.Cards.Actions.MenuEntry.Checklists, TicBot.Cards.Actions.MenuEntry.Summary, TicBot.Cards.Actions.MenuEntry.Help]);

        var facts = CardText.OfType(card, "FactSet")[0].GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("title").GetString()).ToList();

        Assert.Equal(["Listes de contrôle", "Synthèse du projet"], facts);
        Assert.DoesNotContain("Rappels", CardText.AllText(card), StringComparison.Ordinal);
    }
}
