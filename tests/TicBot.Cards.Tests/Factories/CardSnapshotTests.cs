using TicBot.Cards.Serialization;
using TicBot.Cards.Tests.Support;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Tests.Factories;

public sealed class CardSnapshotTests
{
    public static TheoryData<string, ContentLanguage> Samples()
    {
        var data = new TheoryData<string, ContentLanguage>();
        foreach (var (name, _) in CardCases.Samples())
        {
            foreach (var language in CardCases.Languages)
            {
                data.Add(name, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Create_SampleProject_MatchesApprovedSnapshot(string name, ContentLanguage language)
    {
        var build = CardCases.Samples().Single(s => s.Name == name).Build;

        var json = CardSerializer.ToJson(build(language), indented: true);

        Approvals.Verify(json, $"{name}.{(language == ContentLanguage.English ? "en" : "fr")}");
    }
}
