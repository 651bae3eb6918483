using System.Text.Json;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Storage;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using static TicBot.Dialogs.Tests.Conversation.ConversationHarness;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>A team's project, shared by every thread of its channels and every member.</summary>
public sealed class SharedProjectTests
{
    private static readonly ProjectPlace TeamPlace = new(ProjectPlaceKind.Team, "19:team-general@thread.tacv2", "msteams");

    [Fact]
    public async Task TwoMembers_TickDifferentItemsAtTheSameMoment_BothTicksAreKept()
    {
        var storage = new MemoryStorage();
        var harness = new ConversationHarness(new RendezvousStorage(storage, "msteams/projects/", parties: 2));
        await new ConversationHarness(storage).CreateProjectAsync(TeamPlace, "29:alice", TestContext.Current.CancellationToken);
        var alice = harness.Adapter(Thread("29:alice", "post-1"));
        var bob = harness.Adapter(Thread("29:bob", "post-2"));
        string[] page = ["keystep.user-involvement", "keystep.clear-roles"];

        // The loser of the race waits a jittered pause on the injected clock, which jumps by that pause, before re-applying its change.
        using var clock = harness.RunClock();
        await Task.WhenAll(
            alice.ProcessActivityAsync(InTeam(CardActions.Execute(CardActions.Save(ChecklistIds.KeySteps, page, ticked: [page[0]], was: []))), harness.TurnAsync, TestContext.Current.CancellationToken),
            bob.ProcessActivityAsync(InTeam(CardActions.Execute(CardActions.Save(ChecklistIds.KeySteps, page, ticked: [page[1]], was: []))), harness.TurnAsync, TestContext.Current.CancellationToken));

        var project = await harness.ProjectAsync(TeamPlace, TestContext.Current.CancellationToken);
        Assert.True(project!.IsTicked(ChecklistIds.KeySteps, page[0]));
        Assert.True(project.IsTicked(ChecklistIds.KeySteps, page[1]));
        Assert.Equal(MemberRole.Contributor, project.FindMember("29:bob")!.Role);
    }

    [Fact]
    public async Task ChannelThreads_OfOneTeam_SeeTheSameProject()
    {
        var harness = new ConversationHarness();
        await harness.CreateProjectAsync(TeamPlace, "29:alice", TestContext.Current.CancellationToken);
        var first = harness.Adapter(Thread("29:alice", "post-1"));
        var second = harness.Adapter(Thread("29:bob", "post-9"));

        await harness.Flow(first)
            .Send(InTeam(CardActions.Execute(CardActions.Save(ChecklistIds.Communication, ["communication.launch-campaign"], ticked: ["communication.launch-campaign"], was: []))))
            .StartTestAsync(TestContext.Current.CancellationToken);
        await harness.Flow(second)
            .Send(InTeam(new Activity { Type = ActivityTypes.Message, Text = "<at>TicBot</at> communication", Entities = [Mention()] }))
            .AssertReply(a => CardText(a).Contains("1/9 de la méthode", StringComparison.Ordinal), "the communication checklist at 1/9 of the method")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ReaderMember_CannotTick_AndIsToldWhy()
    {
        var harness = new ConversationHarness();
        var project = await harness.CreateProjectAsync(TeamPlace, "29:alice", TestContext.Current.CancellationToken);
        await harness.UpdateProjectAsync(TeamPlace, project.Id, (p, at) =>
        {
            p.SetMember(new ProjectMember("29:reader", "Rémi", MemberRole.Reader), new Actor("29:alice", "Alice"), at);
            return true;
        }, TestContext.Current.CancellationToken);

        await harness.Flow(harness.Adapter(Thread("29:reader", "post-3")))
            .Send(InTeam(CardActions.Submit(CardActions.Save(ChecklistIds.Security, ["security.traceability"], ticked: ["security.traceability"], was: []), "card-7")))
            .AssertReplyContains("Vous pouvez consulter ce projet, mais pas le modifier.")
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Empty((await harness.ProjectAsync(TeamPlace, TestContext.Current.CancellationToken))!.ChecklistTicks);
    }

    private static ConversationReference Thread(string userId, string postId) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://test.invalid/",
        User = new ChannelAccount { Id = userId, Name = userId[3..] },
        Bot = new ChannelAccount { Id = "28:bot", Name = "TicBot" },
        Conversation = new ConversationAccount { Id = $"19:general@thread.tacv2;messageid={postId}", ConversationType = "channel", IsGroup = true },
    };

    private static Activity InTeam(Activity activity)
    {
        activity.ChannelData = JsonDocument.Parse("""{"team":{"id":"19:team-general@thread.tacv2"},"channel":{"id":"19:general@thread.tacv2"},"tenant":{"id":"t"}}""").RootElement;
        return activity;
    }

    private static Entity Mention() => JsonSerializer.Deserialize(
        """{"type":"mention","mentioned":{"id":"28:bot","name":"TicBot"},"text":"<at>TicBot</at>"}""", BotKitJsonContext.Default.Entity)!;
}
