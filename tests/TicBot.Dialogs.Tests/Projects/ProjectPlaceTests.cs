using System.Text.Json;
using TicBot.BotKit.Schema;
using TicBot.Dialogs.Projects;

namespace TicBot.Dialogs.Tests.Projects;

public sealed class ProjectPlaceTests
{
    [Fact]
    public void From_PersonalChat_IsTheUsersPlace()
    {
        var sut = ProjectPlace.From(Fixture("03-personal-message-hello.json"));

        Assert.NotNull(sut);
        Assert.Equal(ProjectPlaceKind.Personal, sut.Kind);
        Assert.StartsWith("msteams/projects/users/", sut.ProjectsPrefix, StringComparison.Ordinal);
    }

    [Fact]
    public void From_GroupChat_IsTheChatsPlace()
    {
        var activity = Fixture("14-group-message-with-mention.json");

        var sut = ProjectPlace.From(activity);

        Assert.NotNull(sut);
        Assert.Equal(ProjectPlaceKind.GroupChat, sut.Kind);
        Assert.Equal(activity.Conversation!.Id, sut.Id);
    }

    [Fact]
    public void From_ChannelThreads_ShareTheTeamsPlace()
    {
        var first = Fixture("17-channel-message-new-post.json");
        var second = Fixture("17-channel-message-new-post.json");
        second.Conversation!.Id = "team-id;messageid=999";
        second.From!.Id = "someone-else";

        var a = ProjectPlace.From(first);
        var b = ProjectPlace.From(second);

        Assert.Equal(ProjectPlaceKind.Team, a!.Kind);
        Assert.Equal(a, b);
        Assert.Equal("msteams/projects/teams/team-id/", a.ProjectsPrefix);
        Assert.Equal("msteams/projects/teams/team-id", a.LegacyKey);
        Assert.Equal("msteams/projects/teams/team-id/p7", a.KeyOf("p7"));
        Assert.Equal(a, ProjectPlace.FromReference("msteams", a.Reference));
    }

    [Fact]
    public void From_NoUserNorConversation_IsNull()
    {
        Assert.Null(ProjectPlace.From(new Activity { Type = ActivityTypes.Message, ChannelId = "msteams" }));
    }

    [Fact]
    public void From_TeamDataOfTheWrongShape_FallsBackToTheConversation()
    {
        var activity = Fixture("14-group-message-with-mention.json");
        activity.ChannelData = JsonDocument.Parse("""{"team":"not-an-object"}""").RootElement;

        Assert.Equal(ProjectPlaceKind.GroupChat, ProjectPlace.From(activity)!.Kind);
    }

    private static Activity Fixture(string name)
    {
        var assembly = System.Reflection.Assembly.Load("TicBot.TestSupport");
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var document = JsonDocument.Parse(stream);
        var body = document.RootElement.GetProperty("request").GetProperty("body");
        return body.Deserialize(BotKitJsonContext.Default.Activity)!;
    }
}
