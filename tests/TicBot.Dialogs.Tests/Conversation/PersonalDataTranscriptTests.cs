using System.Text.Json;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Storage;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Serialization;
using static TicBot.Dialogs.Tests.Conversation.ConversationHarness;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>"mes données" and "supprimer mes données": the user's rights over what TicBot keeps about them.</summary>
public sealed class PersonalDataTranscriptTests
{
    private static readonly ProjectPlace Mine = new(ProjectPlaceKind.Personal, "user-1", "msteams");
    private static readonly ProjectPlace Team = new(ProjectPlaceKind.Team, "19:team", "msteams");
    private static readonly ProjectPlace Theirs = new(ProjectPlaceKind.Personal, "user-9", "msteams");
    private readonly ConversationHarness _harness = new();

    [Fact]
    public async Task MyData_PersonalChat_ExportsMyProjectAndMyPartOfSharedOnes()
    {
        await ArrangeAsync();

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("mes données")
            .AssertReplyContains("Voici les données que TicBot conserve à votre sujet")
            .AssertReply(a =>
            {
                var json = JsonDocument.Parse(a.Text!["```json\n".Length..^3]).RootElement;
                var projects = json.GetProperty("projects").EnumerateArray().ToList();
                Assert.Equal(2, projects.Count);
                var shared = projects.Single(p => !p.GetProperty("personal").GetBoolean());
                Assert.Equal("security.traceability", shared.GetProperty("ticks")[0].GetProperty("item").GetString());
                Assert.DoesNotContain("Odile", a.Text, StringComparison.Ordinal);
            }, "the export as JSON")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task MyData_GroupChat_IsRefusedToProtectIt()
    {
        var group = Personal();
        group.Conversation = new ConversationAccount { Id = "19:group", ConversationType = "groupChat", IsGroup = true };

        await _harness.Flow(_harness.Adapter(group))
            .Send("supprimer mes données")
            .AssertReplyContains("qu’en conversation privée")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task EraseMyData_Confirmed_DeletesMineAndPseudonymisesMeElsewhere()
    {
        await ArrangeAsync();
        await _harness.Storage.WriteAsync([new StorageWrite("msteams/users/user-1", JsonDocument.Parse("""{"prefs":1}""").RootElement)], TestContext.Current.CancellationToken);

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("supprimer mes données")
            .AssertReplyContains("Voulez-vous vraiment supprimer vos données ?")
            .Send("oui")
            .AssertReply("C’est fait : vos données ont été effacées. Projets concernés : 2.")
            .StartTestAsync(TestContext.Current.CancellationToken);

        var ct = TestContext.Current.CancellationToken;
        Assert.Null(await _harness.ProjectAsync(Mine, ct));
        var team = await _harness.ProjectAsync(Team, ct);
        Assert.True(team!.IsTicked(ChecklistIds.Security, "security.traceability"));
        Assert.DoesNotContain("user-1", ProjectSerializer.Serialize(team), StringComparison.Ordinal);
        Assert.DoesNotContain("Claire Martin", ProjectSerializer.Serialize(team), StringComparison.Ordinal);
        Assert.NotNull(await _harness.ProjectAsync(Theirs, ct));
        Assert.Empty(await _harness.Storage.ReadAsync(["msteams/users/user-1"], ct));
    }

    [Fact]
    public async Task EraseMyData_AfterWorkingInAChannelAndDeletingAProject_LeavesNothingThatNamesThePerson()
    {
        var ct = TestContext.Current.CancellationToken;
        await ArrangeAsync();
        var thread = new BotKit.Schema.ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = "https://test.invalid/",
            User = new ChannelAccount { Id = "user-1", Name = "Claire Martin" },
            Bot = new ChannelAccount { Id = "28:bot", Name = "TicBot" },
            Conversation = new ConversationAccount { Id = "19:general@thread.tacv2;messageid=7", ConversationType = "channel", IsGroup = true },
        };
        var doomed = await _harness.CreateProjectAsync(Team, "user-1", ct, "Projet abandonné");
        await _harness.Flow(_harness.Adapter(thread))
            .Send(ProjectManagementTranscriptTests.InTeam(new Activity { Type = ActivityTypes.Message, Text = "menu" }))
            .AssertReply(_ => { })
            .StartTestAsync(ct);
        await ((ProjectStore)_harness.Services.GetService(typeof(ProjectStore))!).DeleteAsync(Team, doomed.Id, new Actor("user-1", "Claire Martin"), _ => true, ct);

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("mes données").AssertReply(_ => { })
            .AssertReply(a =>
            {
                var json = JsonDocument.Parse(a.Text!["```json\n".Length..^3]).RootElement;
                Assert.Contains(json.GetProperty("projects").EnumerateArray(), p => p.TryGetProperty("deletedAt", out _));
                Assert.Equal("msteams/conversations/19:general@thread.tacv2;messageid=7/users/user-1", json.GetProperty("conversationStates")[0].GetProperty("storageKey").GetString());
            }, "the export with the tombstone and the member's own conversation")
            .Send("supprimer mes données").AssertReplyContains("Voulez-vous vraiment")
            .Send("oui").AssertReplyContains("C’est fait : vos données ont été effacées.")
            .StartTestAsync(ct);

        // Every document of the store, read back: none names the person any more.
        var keys = new List<string>();
        await foreach (var key in _harness.Storage.ListAllKeysAsync(string.Empty, 100, ct))
        {
            keys.Add(key);
        }

        Assert.NotEmpty(keys);
        foreach (var (key, item) in await _harness.Storage.ReadAsync(keys, ct))
        {
            Assert.DoesNotContain("user-1", key, StringComparison.Ordinal);
            Assert.DoesNotContain("user-1", item.Value.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain("Claire Martin", item.Value.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EraseMyData_Declined_KeepsEverything()
    {
        await ArrangeAsync();

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("delete my data")
            .AssertReplyContains("Voulez-vous vraiment supprimer vos données ?")
            .Send("non")
            .AssertReply("Très bien, rien n’a été supprimé.")
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(await _harness.ProjectAsync(Mine, TestContext.Current.CancellationToken));
    }

    private async Task ArrangeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await _harness.CreateProjectAsync(Mine, "user-1", ct);
        await _harness.CreateProjectAsync(Theirs, "user-9", ct);
        var team = await _harness.CreateProjectAsync(Team, "29:odile", ct);
        await _harness.UpdateProjectAsync(Team, team.Id, (p, at) =>
        {
            p.SetMember(new ProjectMember("user-1", "Claire Martin", MemberRole.Contributor), new Actor("29:odile", "Odile"), at);
            return p.TickChecklistItem(ChecklistIds.Security, "security.traceability", new Actor("user-1", "Claire Martin"), at);
        }, ct);
    }
}
