using TicBot.Cards.Model;
using TicBot.Cards.Serialization;
using TicBot.Cards.Tests.Support;
using TicBot.Cards.Validation;

namespace TicBot.Cards.Tests.Validation;

/// <summary>The validator over every card the factories can build, the largest realistic project included.</summary>
public sealed class AllCardsTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, AdaptiveCard>> Cards =
        new(() => CardCases.Everything().ToDictionary(c => c.Name, c => c.Card));

    public static TheoryData<string> Names() => new(Cards.Value.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Validate_EveryFactoryCard_HasNoError(string name)
    {
        var errors = CardValidator.Validate(Cards.Value[name]);

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void AttachmentSize_EveryFactoryCard_IsWithinTeamsBudget(string name)
    {
        var size = CardSerializer.AttachmentSize(Cards.Value[name]);

        Assert.InRange(size, 1, CardSerializer.MaxAttachmentBytes);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Create_EveryFactoryCard_DeclaresItsLanguageAndAVersionUpTo15(string name)
    {
        var card = Cards.Value[name];

        Assert.Contains(card.Lang, new[] { "fr", "en" });
        Assert.Equal(name.EndsWith(".English", StringComparison.Ordinal) ? "en" : "fr", card.Lang);
        Assert.True(CardVersions.Required(card) <= CardVersion.V1_5);
        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
    }

    [Fact]
    public void Everything_CoversEveryChecklistAndThePagedLargestPlan()
    {
        var names = Cards.Value.Keys.ToList();

        Assert.Contains("checklist.security-0-p1.French", names);
        Assert.Contains("plan-largest-p2.English", names);
        Assert.DoesNotContain("plan-largest-p3.English", names);
    }
}
