using TicBot.Methodology.Content;
using TicBot.Methodology.Tests.Support;

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
        Assert.Equal("Recueil des attentes", French.Label(TicBot.Methodology.Projects.ProjectPhase.Framing));
        Assert.Equal("Dossier de choix", French.Label(TicBot.Methodology.Projects.ProjectPhase.Study));
        Assert.Equal("Choice dossier", English.Label(TicBot.Methodology.Projects.ProjectPhase.Study));
        Assert.Equal(["Envisagé", "Demandé", "Obtenu"], Enum.GetValues<TicBot.Methodology.Projects.FundingCertainty>().Select(c => French.Label(c)));
        Assert.Equal(["Information", "Vigilance", "Alerte"], Enum.GetValues<TicBot.Methodology.Rules.Health.HealthSeverity>().Select(s => French.Label(s)));
        Assert.Equal("Alsace-Moselle", French.Label(TicBot.Methodology.Projects.HolidayZone.AlsaceMoselle));
        Assert.Equal("Vigilance", French.Label(TicBot.Methodology.Rules.Health.HealthSeverity.Warning));
    }

    [Fact]
    public void FrenchText_Apostrophes_AreCurly()
    {
        var straight = ContentValidator.Texts(French).Where(t => t.Text.Contains('\'', StringComparison.Ordinal)).Select(t => $"{t.Id}: {t.Text}");

        Assert.Empty(straight);
    }

    [Theory]
    [InlineData("principle.usager-at-heart", 45, "PLACER L'USAGER AU CŒUR DU S.I.")]
    [InlineData("principle.technology-not-strategy", 47, "Ne pas laisser la technique guider sa stratégie")]
    [InlineData("principle.involve-all-actors", 49, "Ne pas oublier d'impliquer tous les acteurs du projet")]
    [InlineData("principle.wider-context", 55, "Ne pas isoler une application d'un contexte plus général à déployer dans le temps")]
    [InlineData("principle.train-and-communicate", 57, "Former les agents à l'accueil des nouvelles missions et organiser la communication")]
    public void Principles_French_QuoteTheSeedsWords(string id, int line, string words)
    {
        var quoted = Seed.Line(line, words).Replace('\'', '’').Replace("S.I.", "système d’information", StringComparison.Ordinal);

        Assert.Equal(quoted, French.FindItem(id)!.Title, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AgentAwareness_SaysTheUsagersJudgeTheSystem_NotTheAgents()
    {
        Seed.Line(217, "aux **jugements** du système par les usagers");
        var texts = new[] { French.FindItem("communication.agent-awareness")!.Why, French.FindItem("health.no-agent-awareness")!.Why };
        var english = new[] { English.FindItem("communication.agent-awareness")!.Why, English.FindItem("health.no-agent-awareness")!.Why };

        Assert.All(texts, t => Assert.Contains("sur le système", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("jugés", t, StringComparison.Ordinal));
        Assert.All(english, t => Assert.Contains("judgements of the system", t, StringComparison.Ordinal));
    }

    [Fact]
    public void FranceConnect_IsNotCalledStrongAuthentication()
    {
        var why = French.FindItem("security.franceconnect")!.Why;

        Assert.DoesNotContain("authentification forte", why, StringComparison.Ordinal);
        Assert.Contains("FranceConnect+", why, StringComparison.Ordinal);
        Assert.Contains("compte qu’ils possèdent déjà", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("task.preparatory-dossiers", "DGFiP")] // seed l. 133 "CNIL, Trésor": today's words are an addition
    [InlineData("funding.drac", "dimension culturelle")]
    [InlineData("role.sponsor", "élu référent")]
    [InlineData("health.no-sponsor", "élu référent")]
    [InlineData("health.no-committee", "comité de pilotage")]
    [InlineData("health.security-neglected", "délégué à la protection des données")]
    [InlineData("health.no-funding", "DETR")]
    [InlineData("health.no-agent-awareness", "avant leur formation")]
    [InlineData("health.say-not-do", "indicative")]
    [InlineData("communication.usagers-project-defined", "scénario retenu validé")]
    public void SeedItems_WhatTheSeedDoesNotSay_IsKeptInTheAdditionNote(string id, string addition)
    {
        var item = French.FindItem(id)!;

        Assert.False(item.IsAddition);
        Assert.Contains(addition, item.AdditionNote, StringComparison.Ordinal);
        Assert.DoesNotContain(addition, item.Title + item.Why + item.Detail + string.Concat(item.Points), StringComparison.Ordinal);
        Assert.NotNull(English.FindItem(id)!.AdditionNote);
    }

    [Fact]
    public void CommunicationActions_AgentAwarenessChannels_AreAdditions()
    {
        Seed.Line(216, "**Sensibilisation des agents**");
        var action = French.FindCommunicationAction("comm.agent-awareness")!;

        Assert.Empty(action.Channels);
        Assert.Equal(["Réunions de service", "Note interne"], action.AdditionChannels);
    }

    [Theory]
    [InlineData("Quelques conseils")]
    [InlineData("Cochez une erreur")]
    [InlineData("part importante du CCTP")]
    [InlineData("la méthode insiste")]
    [InlineData("par code et mot de passe")]
    [InlineData("Cadrage")]
    [InlineData("Complément d’expert")]
    public void FrenchText_SlideShorthandAndLiteralRenderings_AreGone(string phrase)
    {
        Assert.DoesNotContain(ContentValidator.Texts(French), t => t.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly Lazy<string> SeedText = new(() => File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "seed", "methodologie-projets-tic.txt")));

    private static string Normalise(string text) =>
        new string(text.Where(c => char.IsLetterOrDigit(c)).ToArray()).ToUpperInvariant()
            .Replace("É", "E", StringComparison.Ordinal).Replace("È", "E", StringComparison.Ordinal);
}
