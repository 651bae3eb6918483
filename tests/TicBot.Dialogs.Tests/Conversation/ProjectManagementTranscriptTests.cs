using TicBot.BotKit.Schema;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Projects;
using static TicBot.Dialogs.Tests.Conversation.ConversationHarness;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>Renaming, archiving, restoring, deleting a project and handing it over, as a member does it.</summary>
public sealed class ProjectManagementTranscriptTests
{
    private static readonly ProjectPlace Mine = new(ProjectPlaceKind.Personal, "user-1", "msteams");
    private readonly ConversationHarness _harness = new();

    [Fact]
    public async Task Rename_TypedThenAnswered_RenamesTheCurrentProject()
    {
        var ct = TestContext.Current.CancellationToken;
        var project = await _harness.CreateProjectAsync(Mine, "user-1", ct);

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("renommer le projet")
            .AssertReply("Quel nouveau nom donnez-vous au projet « Portail famille » ?")
            .Send("PF")
            .AssertReply("Votre réponse doit compter au moins 3 caractères.")
            .AssertReplyContains("de 3 à 80 caractères")
            .Send("Portail des familles")
            .AssertReply("C’est fait : le projet s’appelle désormais « Portail des familles ».")
            .AssertNoReply()
            .StartTestAsync(ct);

        var renamed = await _harness.ProjectAsync(Mine, ct, project.Id);
        Assert.Equal("Portail des familles", renamed!.Name);
        Assert.Equal(HistoryAction.ProjectRenamed, renamed.History[^1].Action);
    }

    [Fact]
    public async Task ArchiveThenRestore_FromTheCards_KeepsTheProjectAndItsHistory()
    {
        var ct = TestContext.Current.CancellationToken;
        var project = await _harness.CreateProjectAsync(Mine, "user-1", ct);
        Activity? manage = null;
        Activity? list = null;
        var adapter = _harness.Adapter(Personal());

        await _harness.Flow(adapter)
            .Send("gérer le projet").AssertReply(a => manage = a)
            .Send(() => CardActions.Submit(CardActions.Button(manage!, "Archiver"), "manage"))
            .AssertReply("Le projet « Portail famille » est archivé. Vous le retrouverez dans « mes projets », rubrique « Projets archivés », d’où il peut être restauré.")
            .Send("mes projets")
            .AssertReply(a =>
            {
                list = a;
                Assert.Contains("Aucun projet pour l’instant", PlainText(a), StringComparison.Ordinal);
            })
            // The list turns to the archived projects in place: the card is updated, nothing new is posted.
            .Send(() => CardActions.Submit(CardActions.Button(list!, "Projets archivés (1)"), "list"))
            .AssertNoReply()
            .Send(() => CardActions.Submit(CardActions.Button(adapter.Updates[^1], "Restaurer « Portail famille »"), "list"))
            .AssertReply("Le projet « Portail famille » est restauré : l’équipe peut de nouveau y travailler.")
            .AssertReply(a => PlainText(a).StartsWith("Synthèse du projet « Portail famille »", StringComparison.Ordinal), "its summary")
            .StartTestAsync(ct);

        var restored = await _harness.ProjectAsync(Mine, ct, project.Id);
        Assert.Equal(ProjectStatus.Active, restored!.Status);
        Assert.Equal([HistoryAction.ProjectArchived, HistoryAction.ProjectRestored], restored.History.Skip(1).Select(h => h.Action));
    }

    [Fact]
    public async Task ArchivedProject_RefusesChanges_UntilRestored()
    {
        var ct = TestContext.Current.CancellationToken;
        var project = await _harness.CreateProjectAsync(Mine, "user-1", ct);
        await _harness.UpdateProjectAsync(Mine, project.Id, (p, at) => p.Archive(new Actor("user-1", "Claire"), at), ct);
        var stale = CardActions.Save("checklist.security", ["security.traceability"], ticked: ["security.traceability"], was: []);

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send(CardActions.Submit(WithProject(stale, project.Id), "card"))
            .AssertReplyContains("Le projet « Portail famille » est archivé : il reste consultable, mais il faut le restaurer pour le modifier")
            .StartTestAsync(ct);

        Assert.Empty((await _harness.ProjectAsync(Mine, ct, project.Id))!.ChecklistTicks);
    }

    [Fact]
    public async Task Delete_AfterConfirmation_LeavesATombstoneThatOldCardsName()
    {
        var ct = TestContext.Current.CancellationToken;
        var project = await _harness.CreateProjectAsync(Mine, "user-1", ct);
        Activity? summary = null;

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("résumé").AssertReply(a => summary = a)
            .Send("supprimer le projet")
            .AssertReplyContains("Voulez-vous vraiment supprimer le projet « Portail famille » ?")
            .Send("non")
            .AssertReply("Très bien, le projet est conservé tel quel.")
            .Send("supprimer le projet").AssertReplyContains("Voulez-vous vraiment supprimer")
            .Send("oui")
            .AssertReply("Le projet « Portail famille » est supprimé.")
            .Send(() => CardActions.Submit(CardActions.Button(summary!, "Gérer le projet"), "summary"))
            .AssertReply("Le projet « Portail famille » a été supprimé par Claire Martin le 28\u00A0novembre\u00A02026. Tapez « mes projets » pour choisir un autre projet.")
            .StartTestAsync(ct);

        var found = await ((ProjectStore)_harness.Services.GetService(typeof(ProjectStore))!).FindAsync(Mine, project.Id, ct);
        Assert.Null(found.Project);
        Assert.Equal("user-1", found.Tombstone!.DeletedById);
    }

    [Fact]
    public async Task TransferAndDelete_ByAContributor_AreRefused_ThenTheOwnerHandsTheProjectOver()
    {
        var ct = TestContext.Current.CancellationToken;
        var team = new ProjectPlace(ProjectPlaceKind.Team, "19:team@thread.tacv2", "msteams");
        var project = await _harness.CreateProjectAsync(team, "29:alice", ct);
        await _harness.UpdateProjectAsync(team, project.Id, (p, at) =>
        {
            p.SetMember(new ProjectMember("29:bob", "Bob Leroy", MemberRole.Contributor), new Actor("29:alice", "Alice"), at);
            return true;
        }, ct);

        await _harness.Flow(_harness.Adapter(TeamThread("29:bob", "Bob Leroy")))
            .Send(Mentioning("supprimer le projet"))
            .AssertReply("Seule la personne propriétaire du projet (Claire) peut le supprimer ou en transmettre la propriété.")
            .Send(Mentioning("transmettre le projet"))
            .AssertReply("Seule la personne propriétaire du projet (Claire) peut le supprimer ou en transmettre la propriété.")
            .StartTestAsync(ct);

        await _harness.Flow(_harness.Adapter(TeamThread("29:alice", "Alice")))
            .Send(Mentioning("transmettre le projet"))
            .AssertReply(a => PlainText(a).StartsWith("À quel membre du projet « Portail famille » transmettez-vous la propriété ?", StringComparison.Ordinal)
                && PlainText(a).Contains("Bob Leroy", StringComparison.Ordinal), "the members as buttons")
            .Click(CardActions.Submit(System.Text.Json.JsonDocument.Parse("""{"action":"prompt.choice","v":1,"choice":"1"}""").RootElement, "members"))
            .AssertReply("C’est fait : Bob Leroy est désormais propriétaire du projet « Portail famille ».")
            .StartTestAsync(ct);

        var handed = await _harness.ProjectAsync(team, ct, project.Id);
        Assert.Equal("29:bob", handed!.OwnerId);
        Assert.Equal(MemberRole.Contributor, handed.FindMember("29:alice")!.Role);
    }

    [Fact]
    public async Task OldQuestionsButton_IsRefused_AndTheCurrentQuestionStillWorks()
    {
        var ct = TestContext.Current.CancellationToken;
        var adapter = _harness.Adapter(Personal());
        string? firstQuestion = null;

        await _harness.Flow(adapter)
            .Send("nouveau projet").AssertReplyContains("quel est le nom")
            .Send("Guichet unique").AssertReply(a => firstQuestion = BotKit.Prompts.QuestionStamp.Asked(a))
            .Send("menu").AssertReply(_ => { }).AssertReply(a => PlainText(a).StartsWith("Menu principal", StringComparison.Ordinal), "the menu")
            .Send("nouveau projet").AssertReplyContains("quel est le nom")
            .Send("Cantine en ligne").AssertReply(a => Assert.NotEqual(firstQuestion, BotKit.Prompts.QuestionStamp.Asked(a)))
            .Send(() => BotKit.Testing.TestFlow.WithQuestion(KindButton("2"), firstQuestion))
            .AssertReply("Ce bouton répond à une question précédente ou posée à une autre personne : il n’a rien changé.")
            .Click(KindButton("2"))
            .AssertReplyContains("le projet « Cantine en ligne » est créé")
            .StartTestAsync(ct);

        var created = Assert.Single(await ((ProjectStore)_harness.Services.GetService(typeof(ProjectStore))!).ListAsync(Mine, ct));
        Assert.Equal(("Cantine en ligne", CollectiviteKind.Intercommunalite), (created.Name, created.Profile.Kind));
    }

    private static Activity KindButton(string choice) => CardActions.Submit(
        System.Text.Json.JsonDocument.Parse($$"""{"action":"prompt.choice","v":1,"choice":"{{choice}}"}""").RootElement, "kinds");

    private static System.Text.Json.JsonElement WithProject(System.Text.Json.JsonElement data, string projectId)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(data.GetRawText())!.AsObject();
        node["p"] = projectId;
        return System.Text.Json.JsonSerializer.SerializeToElement(node);
    }

    internal static ConversationReference TeamThread(string userId, string name, string postId = "post-1") => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://test.invalid/",
        User = new ChannelAccount { Id = userId, Name = name },
        Bot = new ChannelAccount { Id = "28:bot", Name = "TicBot" },
        Conversation = new ConversationAccount { Id = $"19:general@thread.tacv2;messageid={postId}", ConversationType = "channel", IsGroup = true, TenantId = "t" },
    };

    internal static Activity Mentioning(string text) => InTeam(new Activity
    {
        Type = ActivityTypes.Message,
        Text = "<at>TicBot</at> " + text,
        Entities = [System.Text.Json.JsonSerializer.Deserialize("""{"type":"mention","mentioned":{"id":"28:bot","name":"TicBot"},"text":"<at>TicBot</at>"}""", BotKitJsonContext.Default.Entity)!],
    });

    internal static Activity InTeam(Activity activity)
    {
        activity.ChannelData = System.Text.Json.JsonDocument.Parse("""{"team":{"id":"19:team@thread.tacv2"},"channel":{"id":"19:general@thread.tacv2"},"tenant":{"id":"t"}}""").RootElement;
        return activity;
    }
}
