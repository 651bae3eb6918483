namespace TicBot.Architecture.Tests;

/// <summary>
/// The arrows of DESIGN.md are enforced by the build: methodology ← cards, exports ← dialogs ← bot and botkit ← dialogs,
/// bot. A reference against them fails the build of the project that declares it.
/// </summary>
public sealed class LayerRulesTests(LayerProbes probes) : IClassFixture<LayerProbes>
{
    [Theory]
    [InlineData("cards-to-dialogs", "TICBOT002: TicBot.Cards may not reference TicBot.Dialogs.")]
    [InlineData("methodology-to-botkit", "TICBOT002: TicBot.Methodology may not reference TicBot.BotKit.")]
    [InlineData("botkit-to-methodology", "TICBOT002: TicBot.BotKit may not reference TicBot.Methodology.")]
    [InlineData("exports-to-cards", "TICBOT002: TicBot.Exports may not reference TicBot.Cards.")]
    [InlineData("dialogs-to-bot", "TICBOT002: TicBot.Dialogs may not reference TicBot.Bot.")]
    [InlineData("new-project-without-rule", "TICBOT001: TicBot.Reports has no layer rule")]
    public void Build_ReferenceAgainstTheArrows_Fails(string probe, string expected)
    {
        var errors = probes.ErrorsOf(probes.ProbePath(probe));
        Assert.True(errors.Count == 1, $"Expected one error for {probe}, got {errors.Count}. MSBuild said:\n{probes.Output}");
        var error = errors[0];

        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bot-to-all")]
    [InlineData("dialogs-to-its-layers")]
    [InlineData("exports-to-methodology")]
    public void Build_ReferencesAlongTheArrows_Pass(string probe)
    {
        Assert.Empty(probes.ErrorsOf(probes.ProbePath(probe)));
        // The check did run: the same MSBuild process refused a probe that goes against the arrows.
        Assert.NotEmpty(probes.ErrorsOf(probes.ProbePath("cards-to-dialogs")));
    }

    [Fact]
    public void Build_EveryProjectOfTheRepository_KeepsToTheArrows()
    {
        Assert.Contains(probes.RepositoryProjects, p => p.EndsWith("TicBot.Bot.csproj", StringComparison.Ordinal));
        Assert.All(probes.RepositoryProjects, p => Assert.True(probes.ErrorsOf(p).Count == 0, $"{p}: {string.Join("; ", probes.ErrorsOf(p))}\n{probes.Output}"));
    }
}
