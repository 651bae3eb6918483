using TicBot.Methodology.Content;

namespace TicBot.Methodology.Tests.Content;

public sealed class MethodologyCatalogTests
{
    private static readonly MethodologyContent French = MethodologyCatalog.Load().For(ContentLanguage.French);
    private static readonly MethodologyContent English = MethodologyCatalog.Load().For(ContentLanguage.English);

    [Fact]
    public void Load_EmbeddedContent_HasNoConsistencyProblem()
    {
        var problems = ContentValidator.Validate(French, English);

        Assert.Empty(problems);
    }

    [Fact]
    public void Load_CalledTwice_ReturnsTheSameCatalog()
    {
        Assert.Same(MethodologyCatalog.Load(), MethodologyCatalog.Load());
    }

    [Theory]
    [InlineData(ContentLanguage.French)]
    [InlineData(ContentLanguage.English)]
    public void For_Language_ReturnsContentInThatLanguage(ContentLanguage language)
    {
        var sut = MethodologyCatalog.Load();

        Assert.Equal(language, sut.For(language).Language);
    }

    [Fact]
    public void Checklists_BothLanguages_HaveTheSixChecklistsInOrder()
    {
        Assert.Equal(ChecklistIds.All, French.Checklists.Select(c => c.Id));
        Assert.Equal(ChecklistIds.All, English.Checklists.Select(c => c.Id));
    }

    [Fact]
    public void AllIds_FrenchAndEnglish_AreIdenticalAndInTheSameOrder()
    {
        Assert.Equal(French.AllItems().Select(i => i.Id), English.AllItems().Select(i => i.Id));
        Assert.Equal(French.CommunicationActions.Select(a => a.Id), English.CommunicationActions.Select(a => a.Id));
        Assert.Equal(French.SiApproaches.Select(a => a.Id), English.SiApproaches.Select(a => a.Id));
    }

    [Fact]
    public void Ids_ApprovedOnce_AreNeverRemoved()
    {
        var approved = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Content", "approved-ids.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'));
        var current = French.Checklists.Select(c => c.Id).Concat(French.AllItems().Select(i => i.Id))
            .Concat(French.SiApproaches.Select(a => a.Id)).Concat(French.CommunicationActions.Select(a => a.Id)).ToHashSet();

        var removed = approved.Except(current).ToList();

        Assert.True(removed.Count == 0, "Removed ids: " + string.Join(", ", removed));
    }

    [Fact]
    public void AllItems_EachItem_HasSeedRefOrAdditionMark()
    {
        var untraced = French.AllItems().Concat(English.AllItems())
            .Where(i => string.IsNullOrWhiteSpace(i.SeedRef) && !i.IsAddition)
            .Select(i => i.Id);

        Assert.Empty(untraced);
    }

    [Fact]
    public void SeedRefs_AllItems_NameASectionThatExistsInTheSeed()
    {
        // Each seed ref is "Part — Heading"; both halves must appear in the seed's own words.
        var seed = Normalise(SeedText.Value);
        var refs = French.AllItems().Select(i => i.SeedRef)
            .Concat(French.CommunicationActions.Select(a => a.SeedRef))
            .Concat(French.SiApproaches.Select(a => a.SeedRef))
            .OfType<string>().Distinct();

        foreach (var seedRef in refs)
        {
            foreach (var part in seedRef.Split(" — "))
            {
                Assert.True(seed.Contains(Normalise(part), StringComparison.Ordinal), $"'{part}' not found in the seed");
            }
        }
    }

    [Theory]
    [InlineData("keystep.user-involvement", "checklist.keysteps")]
    [InlineData("mistake.say-not-do", "checklist.mistakes")]
    [InlineData("mistake.do-not-say", "checklist.mistakes")]
    [InlineData("security.user-access-control", "checklist.security")]
    [InlineData("organisation.before-deployment", "checklist.organisation")]
    [InlineData("training.degraded-mode", "checklist.training")]
    [InlineData("communication.usagers-consultation", "checklist.communication")]
    public void GetChecklist_KnownItem_ContainsIt(string itemId, string checklistId)
    {
        Assert.NotNull(French.GetChecklist(checklistId).FindItem(itemId));
        Assert.NotNull(English.GetChecklist(checklistId).FindItem(itemId));
    }

    [Fact]
    public void GetChecklist_UnknownId_ThrowsKeyNotFound()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => French.GetChecklist("checklist.nope"));

        Assert.Contains("checklist.nope", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("funding.poe", false)]
    [InlineData("funding.drac", false)]
    [InlineData("funding.detr", true)]
    [InlineData("funding.dsil", true)]
    [InlineData("funding.feder", true)]
    [InlineData("security.franceconnect", true)]
    [InlineData("security.mfa", true)]
    [InlineData("security.rgpd-register", true)]
    [InlineData("security.aipd", true)]
    [InlineData("task.data-migration", false)]
    public void FindItem_SeedOrAddition_IsMarkedAsExpected(string id, bool isAddition)
    {
        Assert.Equal(isAddition, French.FindItem(id)!.IsAddition);
        Assert.Equal(isAddition, English.FindItem(id)!.IsAddition);
    }

    [Fact]
    public void PlanningTasks_French_FollowTheSeedOrder()
    {
        string[] expected =
        [
            "task.preparatory-dossiers", "task.management-rules", "task.organisation-study", "task.technical-choices",
            "task.communicate", "task.train-agents", "task.inform-usagers", "task.receive-equipment",
            "task.configure-software", "task.data-migration", "task.validate-operation",
        ];

        Assert.Equal(expected, French.PlanningTasks.Select(t => t.Id));
    }

    [Fact]
    public void FrenchText_Punctuation_UsesNoBreakSpaceBeforeHighPunctuation()
    {
        var texts = French.AllItems().SelectMany(i => new[] { i.Title, i.Why, i.Detail ?? string.Empty }.Concat(i.Points));

        Assert.DoesNotContain(texts, t => t.Contains(" :", StringComparison.Ordinal) || t.Contains(" ;", StringComparison.Ordinal) || t.Contains(" ?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Audience.Usagers, "usagers", "the public")]
    [InlineData(Audience.Agents, "agents", "staff")]
    [InlineData(Audience.Elus, "élus", "elected officials")]
    [InlineData(Audience.Press, "presse", "press")]
    public void AudienceLabel_EachAudience_IsTranslated(Audience audience, string french, string english)
    {
        Assert.Equal(french, French.AudienceLabel(audience));
        Assert.Equal(english, English.AudienceLabel(audience));
    }

    [Fact]
    public void Label_EnumValues_AreTranslated()
    {
        Assert.Equal("Dossier de choix", French.Label(TicBot.Methodology.Projects.ProjectPhase.Study));
        Assert.Equal("Options appraisal", English.Label(TicBot.Methodology.Projects.ProjectPhase.Study));
        Assert.Equal("Alsace-Moselle", French.Label(TicBot.Methodology.Projects.HolidayZone.AlsaceMoselle));
        Assert.Equal("Vigilance", French.Label(TicBot.Methodology.Rules.Health.HealthSeverity.Warning));
    }

    private static readonly Lazy<string> SeedText = new(() => File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "seed", "methodologie-projets-tic.txt")));

    private static string Normalise(string text) =>
        new string(text.Where(c => char.IsLetterOrDigit(c)).ToArray()).ToUpperInvariant()
            .Replace("É", "E", StringComparison.Ordinal).Replace("È", "E", StringComparison.Ordinal);
}
