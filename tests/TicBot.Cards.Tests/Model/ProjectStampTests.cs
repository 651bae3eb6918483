using System.Text;
using System.Text.Json;
using TicBot.Cards.Factories;
using TicBot.Cards.Serialization;
using TicBot.Cards.Tests.Support;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Tests.Model;

public sealed class ProjectStampTests
{
    [Fact]
    public void Apply_ChecklistPage_EveryActionOfOursNamesTheProject_AndItsNameHeadsTheCard()
    {
        var card = ChecklistCardFactory.Create(SampleProjects.Checklist(ChecklistIds.Security, ContentLanguage.French), 0, ContentLanguage.French, refreshUserIds: ["29:a"]);

        var sut = ProjectStamp.Apply(CardSerializer.ToJsonElement(card), "pk3v9d2mxq7ab", "Portail famille", ContentLanguage.French);

        Assert.Equal("Projet «\u00A0Portail famille\u00A0»", sut.GetProperty("body")[0].GetProperty("text").GetString());
        var data = DataOfOurActions(sut).ToList();
        Assert.NotEmpty(data);
        Assert.All(data, d => Assert.Equal("pk3v9d2mxq7ab", d.GetProperty("p").GetString()));
        Assert.All(data, d => Assert.False(d.TryGetProperty("pl", out _)));
        Assert.Contains(data, d => d.GetProperty("action").GetString() == "checklist.show");
    }

    [Fact]
    public void Apply_ShownOutsideItsPlace_NamesThePlaceToo_AndCanLeaveTheHeadingOut()
    {
        var card = ProjectSummaryCardFactory.Create(SampleProjects.Summary(ContentLanguage.English), ContentLanguage.English);

        var sut = ProjectStamp.Apply(CardSerializer.ToJsonElement(card), "p1", projectName: null, ContentLanguage.English, place: "teams|19:abc@thread.tacv2");

        Assert.Equal(card.Body.Count, sut.GetProperty("body").GetArrayLength());
        Assert.All(DataOfOurActions(sut), d => Assert.Equal("teams|19:abc@thread.tacv2", d.GetProperty("pl").GetString()));
    }

    [Fact]
    public void Apply_EveryPageOfTheLongestChecklists_StaysWithinTeamsSizeLimit()
    {
        foreach (var (name, card) in CardCases.Everything())
        {
            var stamped = ProjectStamp.Apply(CardSerializer.ToJsonElement(card), "pk3v9d2mxq7ab", new string('N', 120), ContentLanguage.French, place: "teams|19:" + new string('x', 60) + "@thread.tacv2");
            var size = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(stamped)) + 64;
            Assert.True(size <= CardSerializer.MaxAttachmentBytes, $"{name}: {size} bytes once stamped");
        }
    }

    private static IEnumerable<JsonElement> DataOfOurActions(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("action", out _))
                {
                    yield return data;
                }

                foreach (var property in element.EnumerateObject())
                {
                    foreach (var inner in DataOfOurActions(property.Value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var inner in DataOfOurActions(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
